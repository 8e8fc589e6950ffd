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
 * materialized first). Partitioned assets are compared by their latest partition; source assets are never
 * stale.
 */
final class StalenessAnalysis {

    private StalenessAnalysis() {
    }

    static List<Staleness> of(AssetGraph graph, List<MaterializationRecord> latestSuccesses) {
        Map<String, MaterializationRecord> latest = new HashMap<>();
        Map<String, Map<String, MaterializationRecord>> byPartition = new HashMap<>();
        for (MaterializationRecord record : latestSuccesses) {
            if (record.partition() != null) {
                byPartition.computeIfAbsent(record.asset(), k -> new HashMap<>()).put(record.partition(), record);
            }
            latest.merge(record.asset(), record, (a, b) -> a.finishedAt().isAfter(b.finishedAt()) ? a : b);
        }
        Map<String, Staleness> byKey = new HashMap<>();
        List<Staleness> result = new ArrayList<>();
        for (AssetDefinition<?> asset : graph.assets()) {
            if (asset.isSource()) {
                continue;
            }
            Staleness staleness = asset.partitions().isPresent()
                    ? judgePartitions(asset, byPartition.getOrDefault(asset.key(), Map.of()))
                    : judge(asset, graph, latest, byKey);
            byKey.put(asset.key(), staleness);
            result.add(staleness);
        }
        return result;
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
     * A partitioned asset is stale when some of its partitions were never materialized or were materialized
     * with other code; {@link Materializer#materializeStale()} leaves those to a backfill.
     */
    private static Staleness judgePartitions(AssetDefinition<?> asset, Map<String, MaterializationRecord> done) {
        List<String> keys = asset.partitions().orElseThrow().keys();
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (String key : keys) {
            MaterializationRecord record = done.get(key);
            if (record == null) {
                missing.add(key);
            } else if (!Objects.toString(record.codeVersion(), "").equals(asset.codeVersion())) {
                changed.add(key);
            }
        }
        if (missing.isEmpty() && changed.isEmpty()) {
            return new Staleness(asset.key(), false, (keys.size() == 1 ? "up to date (its one partition)" : "up to date (all " + keys.size() + " partitions)"));
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(missing.size() + " of " + Plural.of(keys.size(), "partition") + " never materialized (" + sample(missing) + ")");
        }
        if (!changed.isEmpty()) {
            parts.add(Plural.of(changed.size(), "partition") + " materialized with other code (" + sample(changed) + ")");
        }
        return new Staleness(asset.key(), true, String.join("; ", parts) + "; backfill them");
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
