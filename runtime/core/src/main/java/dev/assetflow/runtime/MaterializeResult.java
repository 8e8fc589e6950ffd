package dev.assetflow.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a run: one {@link AssetResult} per selected asset, in topological order. Its
 * {@link #toString()} is a table fit for a log or a terminal.
 */
public final class MaterializeResult {

    private final Map<String, AssetResult> results;
    private final Duration duration;
    private final String runId;

    /** A result of the given asset results, in the given order. */
    MaterializeResult(List<AssetResult> results, Duration duration) {
        this("", results, duration);
    }

    /** The result of run {@code runId}: the given asset results, in the given order. */
    MaterializeResult(String runId, List<AssetResult> results, Duration duration) {
        this.runId = java.util.Objects.requireNonNull(runId, "runId");
        Map<String, AssetResult> byKey = new LinkedHashMap<>();
        for (AssetResult result : results) {
            byKey.put(result.key(), result);
        }
        this.results = java.util.Collections.unmodifiableMap(byKey);
        this.duration = duration;
    }

    /** Every selected asset's result, in topological order. */
    public List<AssetResult> assets() {
        return List.copyOf(results.values());
    }

    /** The result of the asset {@code key}, if it was selected. */
    public Optional<AssetResult> asset(String key) {
        return Optional.ofNullable(results.get(key));
    }

    /** The assets with status {@code status}, in topological order. */
    public List<AssetResult> withStatus(AssetStatus status) {
        return results.values().stream().filter(r -> r.status() == status).toList();
    }

    public List<AssetResult> materialized() {
        return withStatus(AssetStatus.MATERIALIZED);
    }

    public List<AssetResult> failed() {
        return withStatus(AssetStatus.FAILED);
    }

    public List<AssetResult> skipped() {
        return withStatus(AssetStatus.SKIPPED);
    }

    /** Whether every selected asset was materialized. */
    public boolean isSuccess() {
        return results.values().stream().allMatch(r -> r.status() == AssetStatus.MATERIALIZED);
    }

    /** The sum of the rows written by all assets. */
    public long totalRows() {
        return results.values().stream().mapToLong(AssetResult::rows).sum();
    }

    /** The run's id in the run history; empty for a result made by hand. */
    public String runId() {
        return runId;
    }

    /** The outcome of every check that ran, asset by asset. */
    public List<CheckOutcome> checks() {
        return results.values().stream().flatMap(r -> r.checks().stream()).toList();
    }

    /** The checks that failed or threw. */
    public List<CheckOutcome> failedChecks() {
        return checks().stream().filter(c -> !c.passed()).toList();
    }

    /** The wall-clock time of the run. */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return ResultTable.render(this);
    }
}
