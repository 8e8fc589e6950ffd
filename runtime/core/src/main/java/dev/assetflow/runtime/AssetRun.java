package dev.assetflow.runtime;

import dev.assetflow.runtime.io.BeforeCommit;
import dev.assetflow.runtime.io.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes one asset from its inputs and stores its rows, trying again as its {@link RetryPolicy} allows
 * (each attempt replaces the table, or partition, atomically, so a failed attempt leaves nothing behind),
 * then runs its checks and records everything in the run history.
 */
final class AssetRun {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);
    private static final long PROGRESS_EVERY = 10_000;

    private AssetRun() {
    }

    static <R> AssetResult run(AssetDefinition<R> asset, RunContext run) {
        String partition = run.partitionOf(asset);
        long start = System.nanoTime();
        try {
            run.recorder().pending(new PendingMaterialization(run.runId(), asset.key(), partition,
                    asset.codeVersion(), Instant.now()));
        } catch (AssetflowException e) {
            AssetResult failed = AssetResult.failed(asset.key(), Duration.ofNanos(System.nanoTime() - start),
                    new AssetflowException("asset '" + asset.key() + "' was not run, and its table not touched: "
                            + e.getMessage(), e)).with(partition, 0);
            record(asset, run, partition, failed);
            return failed;
        }
        RetryPolicy retry = asset.retry();
        // the outcome commits with the rows where the history lives in the IO manager's own database
        boolean historyWithRows = run.storage().providesHistory(asset, run.recorder().history());
        AssetResult result = null;
        boolean recordedWithRows = false;
        int attempt = 1;
        for (; ; attempt++) {
            run.listener().assetStarted(asset.key(), partition, attempt);
            try {
                OutcomeInTransaction outcome = historyWithRows
                        ? new OutcomeInTransaction(asset, run, partition, attempt, start) : null;
                long rows = computeAndStore(asset, run, partition, attempt,
                        outcome == null ? BeforeCommit.NONE : outcome);
                result = AssetResult.materialized(asset.key(), rows, Duration.ofNanos(System.nanoTime() - start));
                recordedWithRows = outcome != null && outcome.recorded();
                break;
            } catch (Throwable e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                if (attempt >= retry.attempts() || Thread.currentThread().isInterrupted() || e instanceof Error
                        && !(e instanceof AssertionError)) {
                    if (retry.attempts() > 1) {
                        LOG.warn("asset {} attempt {}/{} failed: {}; giving up", asset.key(), attempt,
                                retry.attempts(), describe(e));
                    }
                    result = AssetResult.failed(asset.key(), Duration.ofNanos(System.nanoTime() - start), e);
                    break;
                }
                long delay = retry.delayBefore(attempt + 1);
                LOG.warn("asset {} attempt {}/{} failed: {}; the table keeps its previous rows; retrying in {} ms",
                        asset.key(), attempt, retry.attempts(), describe(e), delay);
                if (!sleep(delay)) {
                    result = AssetResult.failed(asset.key(), Duration.ofNanos(System.nanoTime() - start), e);
                    break;
                }
            }
        }
        result = result.with(partition, attempt);
        if (!recordedWithRows) {
            record(asset, run, partition, result);
        }
        if (result.status() == AssetStatus.MATERIALIZED) {
            List<CheckOutcome> checks = CheckRun.runAll(asset, run);
            result = result.withChecks(checks);
        }
        return result;
    }

    private static <R> long computeAndStore(AssetDefinition<R> asset, RunContext run, String partition, int attempt,
            BeforeCommit outcome) throws Exception {
        if (asset.isSql()) {
            return SqlAssetRun.run(asset, run, partition, outcome);
        }
        AssetContext context = AssetContext.of(run.runId(), asset.key(), partition, attempt);
        try (RunInputs inputs = new RunInputs("asset '" + asset.key() + "'", asset.inputs(),
                asset.partitions().orElse(null), run, context)) {
            Stream<R> rows = asset.computation().compute(inputs);
            if (rows == null) {
                throw new AssetflowException("asset '" + asset.key() + "' (" + asset.method()
                        + ") returned null instead of rows");
            }
            try (rows) {
                return run.storage().write(asset, closedAtTheEnd(counted(rows, asset.key(), partition,
                        run.listener()), inputs), partition, outcome);
            }
        }
    }

    /**
     * The rows, closing them and the asset's inputs when the IO manager has read the last one, before it
     * commits: a close that throws (a {@code Stream} whose {@code onClose} fails, an input that cannot be
     * released) then fails the write, which keeps the table's previous rows, instead of failing the asset
     * after its rows were committed.
     */
    private static <R> Stream<R> closedAtTheEnd(Stream<R> rows, RunInputs inputs) {
        Spliterator<R> source = rows.spliterator();
        Spliterator<R> closing = new Spliterators.AbstractSpliterator<R>(source.estimateSize(),
                source.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED)) {
            private boolean ended;

            @Override
            public boolean tryAdvance(Consumer<? super R> action) {
                if (ended) {
                    return false;
                }
                if (source.tryAdvance(action)) {
                    return true;
                }
                ended = true;
                rows.close();
                inputs.close();
                return false;
            }
        };
        return StreamSupport.stream(closing, false).onClose(rows::close);
    }

    /** The rows, reporting progress to the listener as the IO manager consumes them. */
    private static <R> Stream<R> counted(Stream<R> rows, String key, String partition, ProgressListener listener) {
        if (listener == ProgressListener.NONE) {
            return rows;
        }
        AtomicLong count = new AtomicLong();
        return rows.peek(row -> {
            long n = count.incrementAndGet();
            if (n % PROGRESS_EVERY == 0) {
                listener.rowsWritten(key, partition, n);
            }
        });
    }

    private static void record(AssetDefinition<?> asset, RunContext run, String partition, AssetResult result) {
        run.recorder().materialization(materialization(asset, run, partition, result));
    }

    /** The record of {@code result} (with its partition and attempts), finished now. */
    private static MaterializationRecord materialization(AssetDefinition<?> asset, RunContext run, String partition,
            AssetResult result) {
        String columns = asset.rowType().columns().stream().map(Column::name).collect(Collectors.joining(","));
        String error = result.status() == AssetStatus.MATERIALIZED ? null : errorText(result);
        return new MaterializationRecord(run.runId(), asset.key(), partition, result.status(), result.rows(), columns,
                result.duration().toMillis(), asset.codeVersion(), result.attempts(), error, Instant.now());
    }

    /**
     * The successful outcome of one attempt, recorded in the write's own transaction (the run history lives in the
     * asset's IO manager's database), so that the rows and their record commit together; {@link #recorded()}
     * tells whether the history could.
     */
    private static final class OutcomeInTransaction implements BeforeCommit {
        private final AssetDefinition<?> asset;
        private final RunContext run;
        private final String partition;
        private final int attempt;
        private final long start;
        private volatile boolean recorded;

        OutcomeInTransaction(AssetDefinition<?> asset, RunContext run, String partition, int attempt, long start) {
            this.asset = asset;
            this.run = run;
            this.partition = partition;
            this.attempt = attempt;
            this.start = start;
        }

        @Override
        public void run(Connection connection, long rows) throws SQLException {
            AssetResult stored = AssetResult.materialized(asset.key(), rows,
                    Duration.ofNanos(System.nanoTime() - start)).with(partition, attempt);
            recorded = run.recorder().history().recordMaterialization(connection,
                    materialization(asset, run, partition, stored));
        }

        boolean recorded() {
            return recorded;
        }
    }

    /** The skip reason, or the failure with its causes, one per line. */
    static String errorText(AssetResult result) {
        if (result.error().isEmpty()) {
            return result.detail();
        }
        StringBuilder text = new StringBuilder();
        for (Throwable e = result.error().get(); e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (text.length() > 0) {
                text.append("\ncaused by ");
            }
            text.append(describe(e));
        }
        return text.toString();
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Records an asset that did not run. */
    static void recordSkipped(AssetDefinition<?> asset, RunContext run, AssetResult skipped) {
        record(asset, run, run.partitionOf(asset), skipped.with(run.partitionOf(asset), 0));
    }
}
