package dev.assetflow.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease of one running run: a daemon thread that extends it in the run history every quarter of its length,
 * so that three renewals in a row may fail (or wait) before the run reads {@link RunStatus#ABANDONED}. A renewal
 * that fails is logged at WARN; the run goes on. Closed before the run's final status is recorded.
 */
final class RunLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);

    private final RunHistory history;
    private final String runId;
    private final Duration length;
    private final ScheduledExecutorService timer;

    private RunLease(RunHistory history, String runId, Duration length) {
        this.history = history;
        this.runId = runId;
        this.length = length;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "assetflow-lease-" + runId);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Renews the lease of {@code runId}, recorded as running with a lease of {@code length}, until closed. */
    static RunLease start(RunHistory history, String runId, Duration length) {
        RunLease lease = new RunLease(history, runId, length);
        long period = interval(length).toMillis();
        lease.timer.scheduleAtFixedRate(lease::renew, period, period, TimeUnit.MILLISECONDS);
        return lease;
    }

    /** How often a lease of {@code length} is renewed. */
    static Duration interval(Duration length) {
        return length.dividedBy(4);
    }

    private void renew() {
        Instant until = Instant.now().plus(length);
        try {
            history.renewLease(runId, until);
        } catch (RuntimeException e) {
            LOG.warn("could not renew the lease of run {} in {}: {}. The run goes on; should no renewal succeed"
                    + " within {} it reads ABANDONED until it finishes.", runId, history, e.getMessage(), length);
            LOG.debug("lease renewal failed", e);
        }
    }

    /** Stops renewing, after a renewal under way (waiting at most the lease's length for it). */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(length.toMillis(), TimeUnit.MILLISECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
