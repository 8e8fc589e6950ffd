package dev.assetflow.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a selection of assets in topological order on a pool of threads: an asset starts as soon as all
 * its selected upstream assets are materialized; a failed or skipped asset skips everything downstream of
 * it while every other asset still runs.
 */
final class GraphExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);

    private final AssetGraph graph;
    private final Storage storage;
    private final int parallelism;
    private final Resources resources;
    private final RunRecorder recorder;
    private final Duration lease;

    GraphExecutor(AssetGraph graph, Storage storage, int parallelism, Resources resources, RunRecorder recorder,
            Duration lease) {
        this.graph = graph;
        this.storage = storage;
        this.parallelism = parallelism;
        this.resources = resources;
        this.recorder = recorder;
        this.lease = lease;
    }

    /**
     * Runs the {@code selected} assets (source assets among them are only read, never run), for partition
     * {@code partitionKey} when not null; the result lists them in topological order.
     */
    MaterializeResult run(Set<String> requested, String selection, String partitionKey, ProgressListener listener) {
        return run(requested, selection, partitionKey, listener, null);
    }

    /**
     * A pool of {@code parallelism} worker threads for {@link #run(Set, String, String, ProgressListener,
     * ExecutorService)}: runs sharing it compute at most {@code parallelism} assets at once between them.
     */
    ExecutorService newWorkerPool(int size) {
        return Executors.newFixedThreadPool(size, new WorkerFactory());
    }

    /**
     * As {@link #run(Set, String, String, ProgressListener)}, computing the assets on {@code workers} when not
     * null (shared with other runs, as a backfill's partitions share one, and left open), else on a pool of
     * this run's own. The calling thread only coordinates; it never computes an asset.
     */
    MaterializeResult run(Set<String> requested, String selection, String partitionKey, ProgressListener listener,
            ExecutorService workers) {
        long start = System.nanoTime();
        Instant started = Instant.now();
        String runId = UUID.randomUUID().toString();
        Set<String> selected = new java.util.LinkedHashSet<>();
        for (String key : requested) {
            if (!graph.require(key).isSource()) {
                selected.add(key);
            }
        }
        List<String> plan = graph.keys().stream().filter(selected::contains).toList();
        String unrunnable = SqlAssetRun.unrunnable(graph, storage, plan);
        if (!unrunnable.isEmpty()) {
            throw new AssetflowException(unrunnable);
        }
        RunContext context = new RunContext(runId, partitionKey, graph, storage, resources, recorder, listener);
        recorder.run(new RunRecord(runId, started, null, RunStatus.RUNNING, selection, partitionKey, 0, 0, 0, 0,
                started.plus(lease)));
        RunLease renewals = RunLease.start(recorder.history(), runId, lease);
        Run run = new Run(selected, plan, context);
        try {
            LOG.info("run {} started: {}{}", runId, Plural.of(plan.size(), "asset"), partitionKey == null ? ""
                    : ", partition " + partitionKey);
            listener.runStarted(runId, plan, partitionKey);
            if (!plan.isEmpty() && workers != null) {
                run.execute(workers);
            } else if (!plan.isEmpty()) {
                ExecutorService pool = newWorkerPool(Math.min(parallelism, plan.size()));
                try {
                    run.execute(pool);
                } finally {
                    pool.shutdownNow();
                }
            }
        } catch (RuntimeException | Error e) {
            renewals.close();
            List<AssetResult> settled = List.copyOf(run.results.values());
            recorder.run(new RunRecord(runId, started, Instant.now(), RunStatus.FAILED, selection, partitionKey,
                    count(settled, AssetStatus.MATERIALIZED), count(settled, AssetStatus.FAILED),
                    count(settled, AssetStatus.SKIPPED), settled.stream().mapToLong(AssetResult::rows).sum()));
            throw e;
        }
        renewals.close();
        List<AssetResult> ordered = plan.stream().map(run.results::get).toList();
        MaterializeResult result = new MaterializeResult(runId, ordered, Duration.ofNanos(System.nanoTime() - start));
        recorder.run(new RunRecord(runId, started, Instant.now(),
                result.isSuccess() ? RunStatus.SUCCEEDED : RunStatus.FAILED, selection, partitionKey,
                result.materialized().size(), result.failed().size(), result.skipped().size(), result.totalRows()));
        LOG.info("run {} finished: {} materialized, {} failed, {} skipped, {} rows in {} ms{}", runId,
                result.materialized().size(), result.failed().size(), result.skipped().size(),
                result.totalRows(), result.duration().toMillis(), result.failedChecks().isEmpty() ? ""
                        : "; " + Plural.of(result.failedChecks().size(), "check") + " did not pass");
        return result;
    }

    private static int count(List<AssetResult> results, AssetStatus status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }

    /** The bookkeeping of one run, owned by the calling thread; workers only report into the queue. */
    private final class Run {
        private final Set<String> selected;
        private final List<String> plan;
        private final RunContext context;
        private final Map<String, Integer> waiting = new HashMap<>();
        private final Map<String, AssetResult> results = new LinkedHashMap<>();
        private final BlockingQueue<AssetResult> finished = new LinkedBlockingQueue<>();

        Run(Set<String> selected, List<String> plan, RunContext context) {
            this.selected = selected;
            this.plan = plan;
            this.context = context;
            for (String key : plan) {
                int count = 0;
                for (String up : graph.upstream(key)) {
                    if (selected.contains(up)) {
                        count++;
                    }
                }
                waiting.put(key, count);
            }
        }

        void execute(ExecutorService pool) {
            List<String> ready = new ArrayList<>();
            for (String key : plan) {
                if (waiting.get(key) == 0) {
                    ready.add(key);
                }
            }
            ready.forEach(key -> submit(pool, key));
            while (results.size() < plan.size()) {
                AssetResult result;
                try {
                    result = finished.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssetflowException("interrupted while materializing; finished so far: "
                            + results.keySet(), e);
                }
                settle(result, pool);
            }
        }

        private void submit(ExecutorService pool, String key) {
            AssetDefinition<?> asset = graph.require(key);
            pool.execute(() -> {
                AssetResult result;
                try {
                    result = AssetRun.run(asset, context);
                } catch (Throwable e) {
                    result = AssetResult.failed(key, Duration.ZERO, e);
                }
                finished.add(result);
            });
        }

        private void settle(AssetResult result, ExecutorService pool) {
            results.put(result.key(), result);
            log(result);
            if (result.status() == AssetStatus.SKIPPED) {
                AssetRun.recordSkipped(graph.require(result.key()), context, result);
            }
            context.listener().assetFinished(result);
            boolean blocked = result.failedBlockingCheck().isPresent();
            for (String down : graph.downstream(result.key())) {
                if (!selected.contains(down) || results.containsKey(down)) {
                    continue;
                }
                if (result.status() == AssetStatus.MATERIALIZED && !blocked) {
                    if (waiting.merge(down, -1, Integer::sum) == 0) {
                        submit(pool, down);
                    }
                } else {
                    settle(AssetResult.skipped(down, skipReason(result)), pool);
                }
            }
        }

        private String skipReason(AssetResult upstream) {
            if (upstream.status() == AssetStatus.MATERIALIZED) {
                CheckOutcome check = upstream.failedBlockingCheck().orElseThrow();
                return "blocking check '" + check.check() + "' of '" + upstream.key() + "' "
                        + (check.status() == CheckStatus.ERROR ? "threw" : "failed");
            }
            if (upstream.status() == AssetStatus.FAILED) {
                return "upstream '" + upstream.key() + "' failed";
            }
            return upstream.skipReason().orElse("upstream '" + upstream.key() + "' was skipped");
        }
    }

    private static void log(AssetResult result) {
        switch (result.status()) {
            case MATERIALIZED -> {
                long millis = result.duration().toMillis();
                long perSecond = result.duration().toNanos() == 0 ? 0
                        : (long) (result.rows() * 1e9 / result.duration().toNanos());
                LOG.info("asset {} MATERIALIZED: {} rows in {} ms ({} rows/s)", result.key(), result.rows(),
                        millis, perSecond);
            }
            case FAILED -> {
                LOG.info("asset {} FAILED after {} ms: {}", result.key(), result.duration().toMillis(),
                        result.detail());
                LOG.debug("asset {} failed with", result.key(), result.error().orElse(null));
            }
            case SKIPPED -> LOG.info("asset {} SKIPPED: {}", result.key(), result.detail());
        }
    }

    private static final class WorkerFactory implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger threads = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "assetflow-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
