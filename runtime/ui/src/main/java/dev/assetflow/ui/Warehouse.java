package dev.assetflow.ui;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.ProgressListener;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's storage as the UI reads it: one materializer for reading (the run history, staleness, row
 * previews), shared by all requests, opened on demand and closed after a few idle seconds so that an embedded
 * DuckDB file is not held while nobody looks (the command line in another process can then open it); and a
 * new materializer for each launched run.
 */
final class Warehouse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);

    private final AssetGraph graph;
    private final String url;
    private final Consumer<Materializer.Builder> configure;
    private final long idleMillis;
    private final ScheduledExecutorService closer;
    private Materializer reader;
    private int users;
    private long lastUse;

    Warehouse(AssetGraph graph, String url, Consumer<Materializer.Builder> configure, long idleMillis) {
        this.graph = graph;
        this.url = url;
        this.configure = configure;
        this.idleMillis = idleMillis;
        this.closer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "assetflow-ui-storage");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(100, idleMillis / 2);
        closer.scheduleWithFixedDelay(this::closeIfIdle, period, period, TimeUnit.MILLISECONDS);
    }

    AssetGraph graph() {
        return graph;
    }

    /** The storage URL as given ({@code null}: from the environment); may hold secrets, never shown as is. */
    String url() {
        return url;
    }

    /** Runs {@code work} with the shared reading materializer. */
    <T> T read(Function<Materializer, T> work) {
        Materializer materializer;
        synchronized (this) {
            if (reader == null) {
                reader = builder(null).requireResources(false).existingStorageOnly(true).build();
            }
            users++;
            materializer = reader;
        }
        try {
            return work.apply(materializer);
        } finally {
            synchronized (this) {
                users--;
                lastUse = System.nanoTime();
            }
        }
    }

    /** A new materializer for one launch, reporting to {@code listener}; the caller closes it. */
    Materializer forRun(ProgressListener listener) {
        return builder(listener).build();
    }

    private Materializer.Builder builder(ProgressListener listener) {
        Materializer.Builder builder = Materializer.builder(graph);
        if (url != null) {
            builder.url(url);
        }
        if (listener != null) {
            builder.progressListener(listener);
        }
        configure.accept(builder);
        return builder;
    }

    private synchronized void closeIfIdle() {
        if (reader != null && users == 0 && System.nanoTime() - lastUse > idleMillis * 1_000_000) {
            closeReader();
        }
    }

    private void closeReader() {
        try {
            reader.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the storage failed: {}", e.getMessage());
        }
        reader = null;
    }

    @Override
    public synchronized void close() {
        closer.shutdownNow();
        if (reader != null) {
            closeReader();
        }
    }
}
