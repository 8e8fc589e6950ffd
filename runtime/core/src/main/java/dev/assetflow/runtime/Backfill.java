package dev.assetflow.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a range of partitions, several at once, skipping asset partitions that are already done. */
final class Backfill {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);

    private final AssetGraph graph;
    private final GraphExecutor executor;
    private final RunHistory history;
    private final ProgressListener listener;
    private final int parallelism;

    Backfill(AssetGraph graph, GraphExecutor executor, RunHistory history, ProgressListener listener,
            int parallelism) {
        this.graph = graph;
        this.executor = executor;
        this.history = history;
        this.listener = listener;
        this.parallelism = parallelism;
    }

    BackfillResult run(Set<String> assets, String selection, List<String> partitionKeys, boolean force) {
        long start = System.nanoTime();
        Map<List<String>, MaterializationRecord> done = new HashMap<>();
        Map<String, Set<String>> stalePartitions = new HashMap<>();
        if (!force) {
            List<MaterializationRecord> latest = history.latestSuccesses();
            List<PendingMaterialization> pending = history.pendingMaterializations();
            for (MaterializationRecord record : latest) {
                done.put(List.of(record.asset(), Objects.toString(record.partition(), "")), record);
            }
            for (String asset : assets) {
                AssetDefinition<?> definition = graph.require(asset);
                if (definition.partitions().isPresent()) {
                    stalePartitions.put(asset, StalenessAnalysis.stalePartitions(graph, latest, pending, definition));
                }
            }
        }
        Map<String, Set<String>> todo = new LinkedHashMap<>();
        List<String> alreadyDone = new ArrayList<>();
        for (String key : partitionKeys) {
            Set<String> toRun = new LinkedHashSet<>();
            for (String asset : assets) {
                MaterializationRecord last = done.get(List.of(asset, key));
                if (force) {
                    toRun.add(asset);
                } else if (stalePartitions.containsKey(asset)) {
                    // never materialized, other code, or older than what it reads upstream
                    if (stalePartitions.get(asset).contains(key)) {
                        toRun.add(asset);
                    }
                } else if (last == null
                        || !Objects.toString(last.codeVersion(), "").equals(graph.require(asset).codeVersion())) {
                    toRun.add(asset);
                }
            }
            if (toRun.isEmpty()) {
                alreadyDone.add(key);
            } else {
                todo.put(key, toRun);
            }
        }
        LOG.info("backfill of {} ({} to {}): {} to run, {} already done{}", Plural.of(partitionKeys.size(), "partition"),
                partitionKeys.get(0), partitionKeys.get(partitionKeys.size() - 1), todo.size(), alreadyDone.size(),
                force ? " (forced)" : "");
        Map<String, MaterializeResult> results = new LinkedHashMap<>();
        if (!todo.isEmpty()) {
            // Partitions are coordinated on threads of their own, which only wait; every asset of every
            // partition is computed on one shared pool, so at most `parallelism` assets run at once.
            ExecutorService workers = executor.newWorkerPool(parallelism);
            ExecutorService partitions = Executors.newFixedThreadPool(Math.min(parallelism, todo.size()), runnable -> {
                Thread thread = new Thread(runnable, "assetflow-backfill");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Map<String, Future<MaterializeResult>> futures = new LinkedHashMap<>();
                todo.forEach((key, toRun) -> futures.put(key, partitions.submit(() -> executor.run(toRun, selection,
                        key, listener, workers))));
                for (Map.Entry<String, Future<MaterializeResult>> future : futures.entrySet()) {
                    results.put(future.getKey(), await(future.getValue()));
                }
            } finally {
                partitions.shutdownNow();
                workers.shutdownNow();
            }
        }
        return new BackfillResult(results, alreadyDone, Duration.ofNanos(System.nanoTime() - start));
    }

    private static MaterializeResult await(Future<MaterializeResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssetflowException("interrupted while backfilling", e);
        } catch (ExecutionException e) {
            throw new AssetflowException("a backfill partition could not run: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}
