package dev.assetflow.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One asset check in one run, as recorded in the table {@code assetflow_check_results}.
 *
 * @param runId the run's id
 * @param asset the checked asset
 * @param check the check's name
 * @param partition the partition checked, or {@code null}
 * @param status passed, failed or error
 * @param blocking whether the check is blocking
 * @param description the outcome's description or error
 * @param metadata the figures, as {@code key=value} pairs separated by {@code , }
 * @param finishedAt when the check finished
 */
public record CheckRecord(String runId, String asset, String check, String partition, CheckStatus status,
        boolean blocking, String description, String metadata, Instant finishedAt) {

    public CheckRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }
}
