package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which assets are stale from their latest successful materializations. An asset is stale when it
 * was never materialized, when its code version differs from the one it was last materialized with, when
 * an upstream asset was materialized after it, or when an upstream asset is stale itself (it will be
 * materialized first). Partitioned assets are judged partition by partition (see
 * {@link #judgePartitions}); source assets are never stale.
 */
final class StalenessAnalysis {

    private StalenessAnalysis() {
    }

    static List<Staleness> of(AssetGraph graph, List<MaterializationRecord> latestSuccesses) {
        Recorded recorded = Recorded.of(latestSuccesses);
        Map<String, Staleness> byKey = new HashMap<>();
        List<Staleness> result = new ArrayList<>();
        for (AssetDefinition<?> asset : graph.assets()) {
            if (asset.isSource()) {
                continue;
            }
            Staleness staleness = asset.partitions().isPresent()
                    ? judgePartitions(asset, graph, recorded)
                    : judge(asset, graph, recorded.latest(), byKey);
            byKey.put(asset.key(), staleness);
            result.add(staleness);
        }
        return result;
    }

    /**
     * The partitions of the partitioned {@code asset} that are stale: never materialized, materialized with
     * other code, or older than what they read upstream (see {@link #judgePartitions}).
     */
    static java.util.Set<String> stalePartitions(AssetGraph graph, List<MaterializationRecord> latestSuccesses,
            AssetDefinition<?> asset) {
        PartitionVerdicts verdicts = partitionVerdicts(asset, graph, Recorded.of(latestSuccesses));
        java.util.Set<String> stale = new java.util.LinkedHashSet<>(verdicts.missing());
        stale.addAll(verdicts.changed());
        verdicts.outdated().values().forEach(stale::addAll);
        return stale;
    }

    private static Staleness judge(AssetDefinition<?> asset, AssetGraph graph,
            Map<String, MaterializationRecord> latest, Map<String, Staleness> judged) {
        MaterializationRecord own = latest.get(asset.key());
        if (own == null) {
            return new Staleness(asset.key(), true, "never materialized");
        }
        String recorded = Objects.toString(own.codeVersion(), "");
        if (!recorded.equals(asset.codeVersion())) {
            return new Staleness(asset.key(), true, "code changed (" + shortVersion(recorded) + " -> "
                    + shortVersion(asset.codeVersion()) + ")");
        }
        for (String up : graph.upstream(asset.key())) {
            Staleness upstream = judged.get(up);
            if (upstream != null && upstream.stale() && graph.require(up).partitions().isEmpty()) {
                return new Staleness(asset.key(), true, "upstream " + up + " is stale (" + upstream.reason() + ")");
            }
            MaterializationRecord upstreamRecord = latest.get(up);
            if (upstreamRecord != null && upstreamRecord.finishedAt().isAfter(own.finishedAt())) {
                return new Staleness(asset.key(), true, "upstream " + up + " materialized at "
                        + upstreamRecord.finishedAt() + ", after this asset (" + own.finishedAt() + ")");
            }
        }
        return new Staleness(asset.key(), false, "up to date (materialized at " + own.finishedAt() + ")");
    }

    /**
     * A partitioned asset is stale when some of its partitions were never materialized, were materialized
     * with other code, or are older than an upstream asset's materialization they read (the same partition
     * of an upstream with the same partitions, else the upstream's latest). A write of the whole table counts
     * as a write of every partition. {@link Materializer#materializeStale()} leaves those to a backfill.
     */
    private static Staleness judgePartitions(AssetDefinition<?> asset, AssetGraph graph, Recorded recorded) {
        List<String> keys = asset.partitions().orElseThrow().keys();
        PartitionVerdicts verdicts = partitionVerdicts(asset, graph, recorded);
        List<String> missing = verdicts.missing();
        List<String> changed = verdicts.changed();
        Map<String, List<String>> outdated = verdicts.outdated();
        if (missing.isEmpty() && changed.isEmpty() && outdated.isEmpty()) {
            return new Staleness(asset.key(), false, (keys.size() == 1 ? "up to date (its one partition)" : "up to date (all " + keys.size() + " partitions)"));
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(missing.size() + " of " + Plural.of(keys.size(), "partition") + " never materialized (" + sample(missing) + ")");
        }
        if (!changed.isEmpty()) {
            parts.add(Plural.of(changed.size(), "partition") + " materialized with other code (" + sample(changed) + ")");
        }
        outdated.forEach((up, stale) -> parts.add(Plural.of(stale.size(), "partition") + " materialized before upstream " + up
                + " was (" + sample(stale) + ")"));
        return new Staleness(asset.key(), true, String.join("; ", parts) + "; backfill them");
    }

    /** Partitions never materialized, materialized with other code, and older than an upstream (by upstream). */
    private record PartitionVerdicts(List<String> missing, List<String> changed, Map<String, List<String>> outdated) {
    }

    private static PartitionVerdicts partitionVerdicts(AssetDefinition<?> asset, AssetGraph graph, Recorded recorded) {
        List<String> keys = asset.partitions().orElseThrow().keys();
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, List<String>> outdated = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            MaterializationRecord record = recorded.partition(asset.key(), key);
            if (record == null) {
                missing.add(key);
            } else if (!Objects.toString(record.codeVersion(), "").equals(asset.codeVersion())) {
                changed.add(key);
            } else {
                for (String up : graph.upstream(asset.key())) {
                    MaterializationRecord upstream = samePartitions(graph.require(up), asset)
                            ? recorded.partition(up, key) : recorded.latest().get(up);
                    if (upstream != null && upstream.finishedAt().isAfter(record.finishedAt())) {
                        outdated.computeIfAbsent(up, u -> new ArrayList<>()).add(key);
                        break;
                    }
                }
            }
        }
        return new PartitionVerdicts(missing, changed, outdated);
    }

    /** Whether {@code upstream} is partitioned with the same partition keys as {@code asset}. */
    private static boolean samePartitions(AssetDefinition<?> upstream, AssetDefinition<?> asset) {
        return upstream.partitions().isPresent()
                && upstream.partitions().get().keys().equals(asset.partitions().orElseThrow().keys());
    }

    private static MaterializationRecord newer(MaterializationRecord a, MaterializationRecord b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.finishedAt().isAfter(b.finishedAt()) ? a : b;
    }

    /** The latest successful materializations: per asset, per partition, and of whole tables. */
    private record Recorded(Map<String, MaterializationRecord> latest,
            Map<String, Map<String, MaterializationRecord>> byPartition, Map<String, MaterializationRecord> wholeTable) {

        static Recorded of(List<MaterializationRecord> latestSuccesses) {
            Map<String, MaterializationRecord> latest = new HashMap<>();
            Map<String, Map<String, MaterializationRecord>> byPartition = new HashMap<>();
            Map<String, MaterializationRecord> wholeTable = new HashMap<>();
            for (MaterializationRecord record : latestSuccesses) {
                if (record.partition() != null) {
                    byPartition.computeIfAbsent(record.asset(), k -> new HashMap<>()).merge(record.partition(), record,
                            StalenessAnalysis::newer);
                } else {
                    wholeTable.merge(record.asset(), record, StalenessAnalysis::newer);
                }
                latest.merge(record.asset(), record, StalenessAnalysis::newer);
            }
            return new Recorded(latest, byPartition, wholeTable);
        }

        /** The latest write of partition {@code key} of {@code asset}: of the partition or of the whole table. */
        MaterializationRecord partition(String asset, String key) {
            return newer(byPartition.getOrDefault(asset, Map.of()).get(key), wholeTable.get(asset));
        }
    }

    private static String sample(List<String> keys) {
        return keys.size() <= 3 ? String.join(", ", keys)
                : keys.get(0) + ", " + keys.get(1) + ", ..., " + keys.get(keys.size() - 1);
    }

    private static String shortVersion(String version) {
        if (version == null || version.isEmpty()) {
            return "none";
        }
        return version.length() > 8 ? version.substring(0, 8) : version;
    }
}
