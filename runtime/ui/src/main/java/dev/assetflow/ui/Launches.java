package dev.assetflow.ui;

import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.BackfillResult;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs launched from this UI: each on a thread of its own (never a request thread), with a materializer of
 * its own that records into the same run history as the command line.
 */
final class Launches implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Launches.class);
    private static final int KEPT = 100;

    private final Warehouse warehouse;
    private final ExecutorService runners;
    private final Map<String, Launch> launches = Collections.synchronizedMap(new LinkedHashMap<>());

    Launches(Warehouse warehouse) {
        this.warehouse = warehouse;
        AtomicInteger count = new AtomicInteger();
        this.runners = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "assetflow-ui-launch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts {@code request} and waits until its first run has started or it ended without one.
     *
     * @throws AssetflowException when it could not start: an unknown asset, group or partition, a missing
     *     resource, a storage that cannot be opened (the message says which)
     */
    Launch start(Launch.Request request) {
        validate(request);
        Launch launch = new Launch(UUID.randomUUID().toString(), request);
        remember(launch);
        runners.execute(() -> run(launch));
        try {
            launch.begun().get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // still starting: the launch page shows it
        }
        if (launch.state() == Launch.State.ERROR && launch.runIds().isEmpty()) {
            launches.remove(launch.id());
            throw new AssetflowException(launch.message());
        }
        return launch;
    }

    private void validate(Launch.Request request) {
        switch (request.kind()) {
            case "selection", "stale" -> { }
            case "partition" -> require(request.partition(), "a partition key");
            case "backfill" -> {
                require(request.from(), "the first partition (from)");
                require(request.to(), "the last partition (to)");
            }
            default -> throw new AssetflowException("unknown kind of launch '" + request.kind()
                    + "'; one of selection, stale, partition, backfill");
        }
        selection(request).resolve(warehouse.graph());
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new AssetflowException("give " + what);
        }
    }

    private static AssetSelection selection(Launch.Request request) {
        return request.select() == null || request.select().isBlank() ? AssetSelection.all()
                : AssetSelection.parse(request.select());
    }

    private void run(Launch launch) {
        Launch.Request request = launch.request();
        try (Materializer materializer = warehouse.forRun(launch)) {
            AssetSelection selection = selection(request);
            switch (request.kind()) {
                case "stale" -> {
                    MaterializeResult result = materializer.materializeStale();
                    launch.finish(Launch.State.SUCCEEDED, result.assets().isEmpty()
                            ? "nothing to materialize: every unpartitioned asset is up to date" : summary(result));
                }
                case "partition" -> {
                    MaterializeResult result = materializer.materialize(selection, request.partition().trim());
                    launch.finish(Launch.State.SUCCEEDED, summary(result));
                }
                case "backfill" -> {
                    BackfillResult result = materializer.backfill(selection, request.from().trim(),
                            request.to().trim(), request.force());
                    String done = result.alreadyDone().isEmpty() ? ""
                            : "; already done (force to redo): " + String.join(", ", result.alreadyDone());
                    launch.finish(result.isSuccess() ? Launch.State.SUCCEEDED : Launch.State.FAILED,
                            result.runs().size() + (result.runs().size() == 1 ? " partition" : " partitions") + " run" + done);
                }
                default -> {
                    MaterializeResult result = materializer.materialize(selection);
                    launch.finish(Launch.State.SUCCEEDED, summary(result));
                }
            }
        } catch (MaterializationException e) {
            launch.finish(Launch.State.FAILED, summary(e.result()));
        } catch (AssetflowException | IllegalArgumentException | IllegalStateException e) {
            launch.finish(Launch.State.ERROR, e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.warn("launch {} failed", launch.id(), e);
            launch.finish(Launch.State.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String summary(MaterializeResult result) {
        return result.materialized().size() + " materialized, " + result.failed().size() + " failed, "
                + result.skipped().size() + " skipped, " + String.format("%,d", result.totalRows()) + " rows"
                + (result.failedChecks().isEmpty() ? "" : ", " + result.failedChecks().size() + (result.failedChecks().size() == 1 ? " check" : " checks") + " did not pass");
    }

    private void remember(Launch launch) {
        synchronized (launches) {
            launches.put(launch.id(), launch);
            if (launches.size() > KEPT) {
                List<String> old = new ArrayList<>();
                for (Launch l : launches.values()) {
                    if (!l.isActive() && launches.size() - old.size() > KEPT) {
                        old.add(l.id());
                    }
                }
                old.forEach(launches::remove);
            }
        }
    }

    Optional<Launch> find(String id) {
        return Optional.ofNullable(launches.get(id));
    }

    /** The launch that started run {@code runId}, if it was this UI's. */
    Optional<Launch> ofRun(String runId) {
        synchronized (launches) {
            return launches.values().stream().filter(l -> l.runIds().contains(runId)).findFirst();
        }
    }

    /** Whether a launch of this UI is materializing {@code asset} now. */
    boolean isRunning(String asset) {
        synchronized (launches) {
            return launches.values().stream().anyMatch(l -> l.isRunning(asset));
        }
    }

    List<Launch> active() {
        synchronized (launches) {
            return launches.values().stream().filter(Launch::isActive).toList();
        }
    }

    @Override
    public void close() {
        runners.shutdownNow();
    }
}
