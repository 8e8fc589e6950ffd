package dev.assetflow.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One run, as recorded in the table {@code assetflow_runs}.
 *
 * @param runId the run's id
 * @param startedAt when it started
 * @param finishedAt when it finished, or {@code null} while running (and when abandoned)
 * @param status running, succeeded, failed, or abandoned (running, with a lease that ran out)
 * @param selection the selection expression
 * @param partition the partition key of the run, or {@code null}
 * @param materialized how many assets were materialized
 * @param failed how many assets failed
 * @param skipped how many assets were skipped
 * @param rows the rows written by all assets
 * @param aliveUntil while the run is not finished, the end of its lease: its process promised a sign of life
 *     (a renewal) before then, so a run still unfinished after it reads {@link RunStatus#ABANDONED}; {@code null}
 *     when the run finished. A database history reads a running run recorded before runs had a lease as
 *     leased for {@link Materializer#DEFAULT_RUN_LEASE} from its start
 */
public record RunRecord(String runId, Instant startedAt, Instant finishedAt, RunStatus status, String selection,
        String partition, int materialized, int failed, int skipped, long rows, Instant aliveUntil) {

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(selection, "selection");
    }

    /** A run without a lease (a finished run, or one recorded by a history that keeps none). */
    public RunRecord(String runId, Instant startedAt, Instant finishedAt, RunStatus status, String selection,
            String partition, int materialized, int failed, int skipped, long rows) {
        this(runId, startedAt, finishedAt, status, selection, partition, materialized, failed, skipped, rows, null);
    }

    /**
     * This record as read at {@code now}: {@link RunStatus#ABANDONED} when it is {@link RunStatus#RUNNING} and its
     * lease ended before {@code now}, else unchanged. Histories apply it to what they read.
     */
    public RunRecord readAt(Instant now) {
        if (status != RunStatus.RUNNING || aliveUntil == null || !aliveUntil.isBefore(now)) {
            return this;
        }
        return new RunRecord(runId, startedAt, finishedAt, RunStatus.ABANDONED, selection, partition, materialized,
                failed, skipped, rows, aliveUntil);
    }
}
