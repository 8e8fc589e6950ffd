package dev.assetflow.ui;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.InMemoryRunHistory;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.ProgressListener;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.InMemoryIOManager;
import dev.assetflow.runtime.io.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
 *
 * <p>Reading never creates storage. While the DuckDB file of the storage does not exist yet (nothing was ever
 * materialized there), reads get a stand-in over empty in-memory storage instead, so the pages show the graph
 * with every asset never materialized and no runs; the first read after a launch created the file opens it.
 */
final class Warehouse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);

    private final AssetGraph graph;
    private final String url;
    private final Consumer<Materializer.Builder> configure;
    private final long idleMillis;
    private final ScheduledExecutorService closer;
    private Materializer reader;
    private List<IOManager> standIn = List.of();
    private Path notCreated;
    private boolean unreachable;
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
            if (reader != null && notCreated != null && Files.exists(notCreated)) {
                // A launch created the storage. The stand-in holds nothing to release, and requests may still
                // be reading it, so it is dropped rather than closed.
                reader = null;
                standIn = List.of();
            }
            if (reader != null && unreachable && users == 0) {
                closeReader();
            }
            if (reader == null) {
                reader = openReader();
                unreachable = false;
            }
            users++;
            materializer = reader;
        }
        try {
            return work.apply(materializer);
        } catch (AssetflowException | StorageException e) {
            // A pool that cannot connect says only that it timed out; a direct connection says why, and the next
            // request opens the storage anew (failing at once while it stays unreachable).
            try {
                materializer.checkStorage();
            } catch (StorageException why) {
                synchronized (this) {
                    unreachable |= reader == materializer;
                }
                throw why;
            }
            throw e;
        } finally {
            synchronized (this) {
                users--;
                lastUse = System.nanoTime();
            }
        }
    }

    /**
     * The DuckDB file where the storage will be created, while it does not exist: the last read found no file
     * there and read empty stand-in storage instead. Empty once the storage exists (or for a server database).
     */
    synchronized Optional<Path> notCreated() {
        return Optional.ofNullable(notCreated);
    }

    /**
     * The storage, only if it exists; else, when it is a DuckDB file that is not there, the empty stand-in.
     *
     * @throws AssetflowException when the storage exists (or is a server database) but cannot be opened
     */
    private Materializer openReader() {
        try {
            Materializer opened = builder(null).requireResources(false).existingStorageOnly(true).build();
            try {
                opened.checkStorage(); // fails at once with the database's reason, not after a pool's timeout
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            notCreated = null;
            return opened;
        } catch (AssetflowException e) {
            Optional<Path> file = StorageLocation.duckDbFile(StorageLocation.resolve(url));
            if (file.isEmpty() || Files.exists(file.get())) {
                throw e;
            }
            notCreated = file.get();
            return emptyStandIn();
        }
    }

    /** A materializer over empty in-memory storage, for a storage not created yet: nothing materialized, no runs. */
    private Materializer emptyStandIn() {
        Materializer.Builder builder = Materializer.builder(graph).requireResources(false)
                .runHistory(new InMemoryRunHistory());
        List<IOManager> managers = new ArrayList<>();
        for (String io : new TreeSet<>(graph.assets().stream().map(AssetDefinition::io).toList())) {
            IOManager manager = new InMemoryIOManager();
            managers.add(manager);
            builder.ioManager(io, manager);
        }
        standIn = managers;
        return builder.build();
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
            for (IOManager manager : standIn) {
                manager.close();
            }
        } catch (RuntimeException e) {
            LOG.warn("closing the storage failed: {}", e.getMessage());
        }
        reader = null;
        standIn = List.of();
    }

    @Override
    public synchronized void close() {
        closer.shutdownNow();
        if (reader != null) {
            closeReader();
        }
    }
}
