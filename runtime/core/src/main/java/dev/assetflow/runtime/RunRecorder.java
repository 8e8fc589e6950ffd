package dev.assetflow.runtime;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the run history on behalf of the executor. The data is already stored when the history is
 * written, so a history that cannot be written is reported at WARN and the run carries on.
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
                    + " misses this entry, so staleness and resumed backfills may redo work.", what, history,
                    e.getMessage());
            LOG.debug("run history write failed", e);
        }
    }
}
