package dev.assetflow.runtime;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the run history on behalf of the executor. Outcomes are written after the data is stored (or with
 * it), so a history that cannot take one is reported at WARN and the run carries on; the start of a
 * materialization, written before, fails the asset when it cannot be recorded.
 */
final class RunRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);

    private final RunHistory history;

    RunRecorder(RunHistory history) {
        this.history = history;
    }

    RunHistory history() {
        return history;
    }

    void run(RunRecord run) {
        quietly("run " + run.runId(), h -> h.recordRun(run));
    }

    /**
     * Records that a materialization is about to write; throws when it cannot, since rows written without it
     * could change unseen by staleness if the outcome were lost too.
     */
    void pending(PendingMaterialization pending) {
        history.recordPending(pending);
    }

    void materialization(MaterializationRecord record) {
        quietly("the materialization of asset '" + record.asset() + "'", h -> h.recordMaterialization(record));
    }

    void check(CheckRecord record) {
        quietly("check '" + record.check() + "' of asset '" + record.asset() + "'", h -> h.recordCheck(record));
    }

    private void quietly(String what, Consumer<RunHistory> write) {
        try {
            write.accept(history);
        } catch (RuntimeException e) {
            LOG.warn("could not record {} in {}: {}. The assets' data is stored correctly; only the history"
                    + " misses this entry, so staleness and resumed backfills may redo work (an asset whose outcome"
                    + " is missing counts as changed).", what, history, e.getMessage());
            LOG.debug("run history write failed", e);
        }
    }
}
