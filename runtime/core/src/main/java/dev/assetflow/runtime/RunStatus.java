package dev.assetflow.runtime;

/** The state of a run in the run history. */
public enum RunStatus {
    /** Started and not finished (or the process died while it ran). */
    RUNNING,
    /** Every selected asset was materialized and no blocking check failed. */
    SUCCEEDED,
    /** An asset failed, or was skipped because of a failure or a blocking check. */
    FAILED
}
