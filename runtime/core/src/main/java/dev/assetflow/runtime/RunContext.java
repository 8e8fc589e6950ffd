package dev.assetflow.runtime;

/**
 * What every asset of one run shares: its id, partition, storage, resources, history and listener.
 *
 * @param partitionKey the partition the run targets, or {@code null}
 */
record RunContext(String runId, String partitionKey, AssetGraph graph, Storage storage, Resources resources,
        RunRecorder recorder, ProgressListener listener) {

    /** The partition {@code asset} is materialized or read in: the run's, when the asset is partitioned. */
    String partitionOf(AssetDefinition<?> asset) {
        return partitionKey != null && asset.partitions().isPresent() ? partitionKey : null;
    }

    /**
     * The partition of {@code upstream} that a reader partitioned by {@code readerPartitions} reads: the
     * run's partition when both are partitioned the same way, else every row.
     */
    String inputPartition(Partitions readerPartitions, AssetDefinition<?> upstream) {
        if (partitionKey == null || readerPartitions == null) {
            return null;
        }
        return upstream.partitions().filter(readerPartitions::equals).isPresent() ? partitionKey : null;
    }
}
