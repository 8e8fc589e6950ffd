package dev.assetflow.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One asset (or asset partition) in one run, as recorded in the table {@code assetflow_materializations}.
 *
 * @param runId the run's id
 * @param asset the asset key
 * @param partition the partition key, or {@code null} for an unpartitioned asset
 * @param status materialized, failed or skipped
 * @param rows the rows written
 * @param columns the column names, comma separated
 * @param durationMillis how long computing and storing took, all attempts included
 * @param codeVersion the asset's code version at the time
 * @param attempts how many attempts were made
 * @param error the failure or skip reason, or {@code null}
 * @param finishedAt when the asset finished
 */
public record MaterializationRecord(String runId, String asset, String partition, AssetStatus status, long rows,
        String columns, long durationMillis, String codeVersion, int attempts, String error, Instant finishedAt) {

    public MaterializationRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** Whether the rows were stored. */
    public boolean succeeded() {
        return status == AssetStatus.MATERIALIZED;
    }
}
