package dev.assetflow.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a backfill: one {@link MaterializeResult} per partition that ran, and the partitions that
 * were already done.
 *
 * @param runs the result of each partition that ran, by partition key, in partition order
 * @param alreadyDone the partitions skipped because every selected asset's last materialization of them
 *     succeeded with its current code version
 * @param duration the wall-clock time of the backfill
 */
public record BackfillResult(Map<String, MaterializeResult> runs, List<String> alreadyDone, Duration duration) {

    public BackfillResult {
        runs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(runs));
        alreadyDone = List.copyOf(alreadyDone);
    }

    /** Whether every partition that ran succeeded. */
    public boolean isSuccess() {
        return runs.values().stream().allMatch(MaterializeResult::isSuccess);
    }

    /** The partitions in which an asset failed or was skipped. */
    public List<String> failedPartitions() {
        return runs.entrySet().stream().filter(e -> !e.getValue().isSuccess()).map(Map.Entry::getKey).toList();
    }

    /** The rows written in all partitions. */
    public long totalRows() {
        return runs.values().stream().mapToLong(MaterializeResult::totalRows).sum();
    }

    @Override
    public String toString() {
        List<String> failed = failedPartitions();
        return Plural.of(runs.size(), "partition") + " run" + (failed.isEmpty() ? ""
                : " (" + failed.size() + " failed: " + String.join(", ", failed) + ")") + ", "
                + alreadyDone.size() + " already done, " + String.format("%,d", totalRows()) + (totalRows() == 1 ? " row in " : " rows in ")
                + duration.toMillis() + " ms";
    }
}
