package dev.assetflow.runtime;

/** What happened to one asset in a run. */
public enum AssetStatus {
    /** The asset's rows were computed and stored. */
    MATERIALIZED,
    /** Computing or storing the asset failed; its previous rows, if any, are unchanged. */
    FAILED,
    /** The asset did not run because an upstream asset failed or was skipped. */
    SKIPPED
}
