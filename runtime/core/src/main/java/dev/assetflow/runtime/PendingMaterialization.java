package dev.assetflow.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * A materialization that started and has no recorded outcome yet, as recorded in the table
 * {@code assetflow_pending}: written before the asset's table is touched and removed when its outcome is
 * recorded. One that stays behind (the process stopped after its rows were committed, or the outcome could not
 * be written) tells staleness that the asset's rows may have changed at {@code startedAt}.
 *
 * @param runId the run's id
 * @param asset the asset key
 * @param partition the partition key, or {@code null} for the whole table
 * @param codeVersion the asset's code version at the time
 * @param startedAt when the materialization started
 */
public record PendingMaterialization(String runId, String asset, String partition, String codeVersion,
        Instant startedAt) {

    public PendingMaterialization {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Whether {@code outcome} is the recorded outcome of this materialization (same run, asset and partition). */
    public boolean isOutcome(MaterializationRecord outcome) {
        return runId.equals(outcome.runId()) && asset.equals(outcome.asset())
                && Objects.equals(partition, outcome.partition());
    }
}
