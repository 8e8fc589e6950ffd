package dev.assetflow.runtime;

/** The outcome of one asset check in a run. */
public enum CheckStatus {
    /** The check ran and the asset passed. */
    PASSED,
    /** The check ran and the asset failed it. */
    FAILED,
    /** The check itself threw an exception (or returned null). */
    ERROR
}
