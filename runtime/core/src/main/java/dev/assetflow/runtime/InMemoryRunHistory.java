package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A run history kept in memory: the default for IO managers without a database, and for tests. */
public final class InMemoryRunHistory implements RunHistory {

    private final Map<String, RunRecord> runs = new LinkedHashMap<>();
    private final List<MaterializationRecord> materializations = new ArrayList<>();
    private final List<CheckRecord> checks = new ArrayList<>();
    private final List<PendingMaterialization> pending = new ArrayList<>();

    @Override
    public synchronized void recordRun(RunRecord run) {
        runs.put(run.runId(), run);
    }

    @Override
    public synchronized void recordMaterialization(MaterializationRecord materialization) {
        materializations.add(materialization);
        pending.removeIf(p -> p.isOutcome(materialization));
    }

    @Override
    public synchronized void recordPending(PendingMaterialization materialization) {
        pending.add(materialization);
    }

    @Override
    public synchronized List<PendingMaterialization> pendingMaterializations() {
        return List.copyOf(pending);
    }

    @Override
    public synchronized void recordCheck(CheckRecord check) {
        checks.add(check);
    }

    @Override
    public synchronized void renewLease(String runId, java.time.Instant aliveUntil) {
        runs.computeIfPresent(runId, (id, r) -> r.status() != RunStatus.RUNNING ? r : new RunRecord(id, r.startedAt(),
                r.finishedAt(), r.status(), r.selection(), r.partition(), r.materialized(), r.failed(), r.skipped(),
                r.rows(), aliveUntil));
    }

    @Override
    public synchronized List<RunRecord> runs(int limit) {
        java.time.Instant now = java.time.Instant.now();
        return runs.values().stream().sorted(Comparator.comparing(RunRecord::startedAt).reversed())
                .limit(limit).map(r -> r.readAt(now)).toList();
    }

    @Override
    public synchronized List<MaterializationRecord> materializations(String asset, int limit) {
        List<MaterializationRecord> newestFirst = new ArrayList<>(materializations);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().filter(m -> asset == null || m.asset().equals(asset)).limit(limit).toList();
    }

    @Override
    public synchronized List<CheckRecord> checks(String asset, int limit) {
        List<CheckRecord> newestFirst = new ArrayList<>(checks);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().filter(c -> asset == null || c.asset().equals(asset)).limit(limit).toList();
    }

    @Override
    public synchronized List<MaterializationRecord> latestSuccesses() {
        Map<List<String>, MaterializationRecord> latest = new LinkedHashMap<>();
        for (MaterializationRecord m : materializations) {
            if (m.succeeded()) {
                latest.put(java.util.Arrays.asList(m.asset(), Objects.toString(m.partition(), "")), m);
            }
        }
        return List.copyOf(latest.values());
    }

    @Override
    public String toString() {
        return "an in-memory run history";
    }
}
