package dev.assetflow.runtime;

/** The state of a run in the run history. */
public enum RunStatus {
    /** Started and not finished; its process renewed its lease recently (see {@link RunRecord#aliveUntil()}). */
    RUNNING,
    /** Every selected asset was materialized and no blocking check failed. */
    SUCCEEDED,
    /** An asset failed, or was skipped because of a failure or a blocking check; or the run was interrupted. */
    FAILED,
    /**
     * Started, and its process stopped without finishing it (killed, crashed, lost its machine): the run was
     * recorded as running, but its lease ran out at {@link RunRecord#aliveUntil()} with no sign of life since.
     * The runtime never records it: a history reads a running run whose lease has expired this way. Should the
     * process come back and renew the lease or finish the run, the run reads {@link #RUNNING} or its final status
     * again.
     */
    ABANDONED
}
