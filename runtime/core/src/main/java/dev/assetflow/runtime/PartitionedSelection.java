package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The partitioned assets of a selection, which must all be partitioned the same way. */
record PartitionedSelection(Set<String> keys, Partitions partitions) {

    static PartitionedSelection of(AssetGraph graph, AssetSelection selection) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> unpartitioned = new ArrayList<>();
        Partitions partitions = null;
        String first = null;
        for (String key : selection.resolve(graph)) {
            AssetDefinition<?> asset = graph.require(key);
            if (asset.isSource()) {
                continue;
            }
            if (asset.partitions().isEmpty()) {
                unpartitioned.add(key);
                continue;
            }
            if (partitions == null) {
                partitions = asset.partitions().get();
                first = key;
            } else if (!partitions.equals(asset.partitions().get())) {
                Partitions other = asset.partitions().get();
                boolean sameRange = partitions.describe().equals(other.describe());
                throw new AssetflowException("cannot materialize a partition of '" + selection + "': asset '" + first
                        + "' is partitioned " + describe(partitions, sameRange) + " but asset '" + key + "' "
                        + describe(other, sameRange) + "; select assets partitioned the same way");
            }
            keys.add(key);
        }
        if (!unpartitioned.isEmpty() && !selection.isAll()) {
            throw new AssetflowException("cannot materialize a partition of '" + selection + "': "
                    + String.join(", ", unpartitioned) + (unpartitioned.size() == 1 ? " is" : " are")
                    + " not partitioned; materialize " + (unpartitioned.size() == 1 ? "it" : "them")
                    + " without a partition");
        }
        if (partitions == null) {
            throw new AssetflowException("cannot materialize a partition of '" + selection
                    + "': no selected asset is partitioned");
        }
        return new PartitionedSelection(keys, partitions);
    }

    /** The partitions' range, and their column when two ranges read the same (then only the columns differ). */
    private static String describe(Partitions partitions, boolean withColumn) {
        return withColumn ? partitions.describe() + " on column '" + partitions.column() + "'" : partitions.describe();
    }
}
