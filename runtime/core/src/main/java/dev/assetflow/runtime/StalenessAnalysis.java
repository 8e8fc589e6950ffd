package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which assets are stale from their latest successful materializations and the materializations that
 * started with no recorded outcome. An asset is stale when it was never materialized, when its code version
 * differs from the one it was last materialized with, when a materialization of it recorded no outcome (its rows
 * may have changed, unseen), when an upstream asset changed after it (was materialized, or may have been by a
 * materialization with no outcome), or when an upstream asset is stale itself (it will be materialized first).
 * Partitioned assets are judged partition by partition (see {@link #judgePartitions}); source assets are never
 * stale.
 */
final class StalenessAnalysis {

    private StalenessAnalysis() {
    }

    static List<Staleness> of(AssetGraph graph, List<MaterializationRecord> latestSuccesses,
            List<PendingMaterialization> pending) {
        Recorded recorded = Recorded.of(latestSuccesses, pending);
        Map<String, Staleness> byKey = new HashMap<>();
        List<Staleness> result = new ArrayList<>();
        for (AssetDefinition<?> asset : graph.assets()) {
            if (asset.isSource()) {
                continue;
            }
            Staleness staleness = asset.partitions().isPresent()
                    ? judgePartitions(asset, graph, recorded)
                    : judge(asset, graph, recorded, byKey);
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
            List<PendingMaterialization> pending, AssetDefinition<?> asset) {
        PartitionVerdicts verdicts = partitionVerdicts(asset, graph, Recorded.of(latestSuccesses, pending));
        java.util.Set<String> stale = new java.util.LinkedHashSet<>(verdicts.missing());
        stale.addAll(verdicts.unrecorded());
        stale.addAll(verdicts.changed());
        verdicts.outdated().values().forEach(stale::addAll);
        return stale;
    }

    private static Staleness judge(AssetDefinition<?> asset, AssetGraph graph, Recorded recorded,
            Map<String, Staleness> judged) {
        PendingMaterialization unfinished = recorded.pending(asset.key(), null);
        if (unfinished != null) {
            return new Staleness(asset.key(), true, noOutcome(unfinished));
        }
        MaterializationRecord own = recorded.latest().get(asset.key());
        if (own == null) {
            return new Staleness(asset.key(), true, "never materialized");
        }
        String version = Objects.toString(own.codeVersion(), "");
        if (!version.equals(asset.codeVersion())) {
            return new Staleness(asset.key(), true, "code changed (" + shortVersion(version) + " -> "
                    + shortVersion(asset.codeVersion()) + ")");
        }
        for (String up : graph.upstream(asset.key())) {
            Staleness upstream = judged.get(up);
            if (upstream != null && upstream.stale() && graph.require(up).partitions().isEmpty()) {
                return new Staleness(asset.key(), true, "upstream " + up + " is stale (" + upstream.reason() + ")");
            }
            Change change = recorded.lastChange(up);
            if (change != null && change.at().isAfter(own.finishedAt())) {
                return new Staleness(asset.key(), true, "upstream " + up + " " + change.description()
                        + ", after this asset (" + own.finishedAt() + ")");
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
        List<String> unrecorded = verdicts.unrecorded();
        List<String> changed = verdicts.changed();
        Map<String, List<String>> outdated = verdicts.outdated();
        if (missing.isEmpty() && unrecorded.isEmpty() && changed.isEmpty() && outdated.isEmpty()) {
            return new Staleness(asset.key(), false, (keys.size() == 1 ? "up to date (its one partition)" : "up to date (all " + keys.size() + " partitions)"));
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(missing.size() + " of " + Plural.of(keys.size(), "partition") + " never materialized (" + sample(missing) + ")");
        }
        if (!unrecorded.isEmpty()) {
            parts.add(Plural.of(unrecorded.size(), "partition") + " with a materialization that recorded no outcome"
                    + " (" + sample(unrecorded) + "): still running, or its process stopped or could not write the"
                    + " history; its rows may have changed");
        }
        if (!changed.isEmpty()) {
            parts.add(Plural.of(changed.size(), "partition") + " materialized with other code (" + sample(changed) + ")");
        }
        outdated.forEach((up, stale) -> parts.add(Plural.of(stale.size(), "partition") + " materialized before upstream " + up
                + " was (" + sample(stale) + ")"));
        return new Staleness(asset.key(), true, String.join("; ", parts) + "; backfill them");
    }

    /**
     * Partitions never materialized, with a materialization that recorded no outcome, materialized with other
     * code, and older than an upstream (by upstream).
     */
    private record PartitionVerdicts(List<String> missing, List<String> unrecorded, List<String> changed,
            Map<String, List<String>> outdated) {
    }

    private static PartitionVerdicts partitionVerdicts(AssetDefinition<?> asset, AssetGraph graph, Recorded recorded) {
        List<String> keys = asset.partitions().orElseThrow().keys();
        List<String> missing = new ArrayList<>();
        List<String> unrecorded = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, List<String>> outdated = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            MaterializationRecord record = recorded.partition(asset.key(), key);
            if (recorded.pending(asset.key(), key) != null) {
                unrecorded.add(key);
            } else if (record == null) {
                missing.add(key);
            } else if (!Objects.toString(record.codeVersion(), "").equals(asset.codeVersion())) {
                changed.add(key);
            } else {
                for (String up : graph.upstream(asset.key())) {
                    Change upstream = samePartitions(graph.require(up), asset)
                            ? recorded.partitionChange(up, key) : recorded.lastChange(up);
                    if (upstream != null && upstream.at().isAfter(record.finishedAt())) {
                        outdated.computeIfAbsent(up, u -> new ArrayList<>()).add(key);
                        break;
                    }
                }
            }
        }
        return new PartitionVerdicts(missing, unrecorded, changed, outdated);
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

    /** When an asset's rows last changed, or may have: a recorded success, or a start with no recorded outcome. */
    private record Change(java.time.Instant at, String description) {

        static Change of(MaterializationRecord success) {
            return success == null ? null : new Change(success.finishedAt(), "materialized at " + success.finishedAt());
        }

        static Change of(PendingMaterialization pending) {
            return pending == null ? null : new Change(pending.startedAt(), "may have changed at "
                    + pending.startedAt() + " (run " + pending.runId() + " started writing it and recorded no outcome)");
        }

        static Change later(Change a, Change b) {
            return a == null ? b : b == null ? a : b.at().isAfter(a.at()) ? b : a;
        }
    }

    /**
     * The latest successful materializations (per asset, per partition, and of whole tables) and the starts with
     * no recorded outcome that no later success of the same table or partition overwrote.
     */
    private record Recorded(Map<String, MaterializationRecord> latest,
            Map<String, Map<String, MaterializationRecord>> byPartition, Map<String, MaterializationRecord> wholeTable,
            List<PendingMaterialization> unfinished) {

        static Recorded of(List<MaterializationRecord> latestSuccesses, List<PendingMaterialization> pending) {
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
            Recorded successes = new Recorded(latest, byPartition, wholeTable, List.of());
            List<PendingMaterialization> unfinished = pending.stream().filter(p -> {
                MaterializationRecord overwritten = p.partition() == null ? wholeTable.get(p.asset())
                        : successes.partition(p.asset(), p.partition());
                return overwritten == null || overwritten.finishedAt().isBefore(p.startedAt());
            }).toList();
            return new Recorded(latest, byPartition, wholeTable, unfinished);
        }

        /** The latest write of partition {@code key} of {@code asset}: of the partition or of the whole table. */
        MaterializationRecord partition(String asset, String key) {
            return newer(byPartition.getOrDefault(asset, Map.of()).get(key), wholeTable.get(asset));
        }

        /**
         * The latest start with no outcome of {@code asset}'s partition {@code key} (its whole table when
         * {@code null}), or of its whole table, or {@code null}.
         */
        PendingMaterialization pending(String asset, String key) {
            PendingMaterialization found = null;
            for (PendingMaterialization p : unfinished) {
                if (p.asset().equals(asset) && (p.partition() == null || p.partition().equals(key))
                        && (found == null || p.startedAt().isAfter(found.startedAt()))) {
                    found = p;
                }
            }
            return found;
        }

        /** When partition {@code key} of {@code asset} last changed, or may have. */
        Change partitionChange(String asset, String key) {
            return Change.later(Change.of(partition(asset, key)), Change.of(pending(asset, key)));
        }

        /** When any of {@code asset}'s rows last changed, or may have. */
        Change lastChange(String asset) {
            Change change = Change.of(latest.get(asset));
            for (PendingMaterialization p : unfinished) {
                if (p.asset().equals(asset)) {
                    change = Change.later(change, Change.of(p));
                }
            }
            return change;
        }
    }

    /** Why an asset with a start that recorded no outcome is stale. */
    private static String noOutcome(PendingMaterialization pending) {
        return "its materialization by run " + pending.runId() + ", started at " + pending.startedAt()
                + ", recorded no outcome: it is still running, or its process stopped or could not write the"
                + " history; its rows may have changed";
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
