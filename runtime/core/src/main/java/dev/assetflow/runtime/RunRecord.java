package dev.assetflow.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One run, as recorded in the table {@code assetflow_runs}.
 *
 * @param runId the run's id
 * @param startedAt when it started
 * @param finishedAt when it finished, or {@code null} while running
 * @param status running, succeeded or failed
 * @param selection the selection expression
 * @param partition the partition key of the run, or {@code null}
 * @param materialized how many assets were materialized
 * @param failed how many assets failed
 * @param skipped how many assets were skipped
 * @param rows the rows written by all assets
 */
public record RunRecord(String runId, Instant startedAt, Instant finishedAt, RunStatus status, String selection,
        String partition, int materialized, int failed, int skipped, long rows) {

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(selection, "selection");
    }
}
