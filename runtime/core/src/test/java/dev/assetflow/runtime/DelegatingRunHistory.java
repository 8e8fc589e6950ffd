package dev.assetflow.runtime;

import java.time.Instant;
import java.util.List;

/** A run history that forwards everything to another; tests override the writes they make fail. */
public class DelegatingRunHistory implements RunHistory {

    private final RunHistory history;

    public DelegatingRunHistory(RunHistory history) {
        this.history = history;
    }

    @Override
    public void recordRun(RunRecord run) {
        history.recordRun(run);
    }

    @Override
    public void recordMaterialization(MaterializationRecord materialization) {
        history.recordMaterialization(materialization);
    }

    @Override
    public void recordPending(PendingMaterialization pending) {
        history.recordPending(pending);
    }

    @Override
    public List<PendingMaterialization> pendingMaterializations() {
        return history.pendingMaterializations();
    }

    @Override
    public void recordCheck(CheckRecord check) {
        history.recordCheck(check);
    }

    @Override
    public List<RunRecord> runs(int limit) {
        return history.runs(limit);
    }

    @Override
    public List<MaterializationRecord> materializations(String asset, int limit) {
        return history.materializations(asset, limit);
    }

    @Override
    public List<CheckRecord> checks(String asset, int limit) {
        return history.checks(asset, limit);
    }

    @Override
    public List<MaterializationRecord> latestSuccesses() {
        return history.latestSuccesses();
    }

    @Override
    public void renewLease(String runId, Instant aliveUntil) {
        history.renewLease(runId, aliveUntil);
    }
}
