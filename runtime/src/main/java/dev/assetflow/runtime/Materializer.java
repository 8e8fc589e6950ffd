package dev.assetflow.runtime;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Materializes the assets of an {@link AssetGraph}: computes each selected asset from its inputs, in
 * topological order with independent assets in parallel, and stores its rows through its IO manager.
 *
 * <pre>{@code
 * try (Materializer materializer = Materializer.fromEnvironment(graph)) {
 *     MaterializeResult result = materializer.materializeAll();
 * }
 * }</pre>
 *
 * <p>A failed asset skips its downstream assets; every other asset still runs, and then a
 * {@link MaterializationException} carrying the {@link MaterializeResult} is thrown. Closing the
 * materializer closes the IO managers it created from a URL, not those passed to
 * {@link Builder#ioManager}. Runs may be started from several threads.
 */
public final class Materializer implements AutoCloseable {

    /** The name of the IO manager used by assets that name none. */
    public static final String DEFAULT_IO = "default";

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);

    private final AssetGraph graph;
    private final Storage storage;
    private final List<IOManager> owned;
    private final GraphExecutor executor;
    private volatile boolean closed;

    private Materializer(AssetGraph graph, Storage storage, List<IOManager> owned, int parallelism) {
        this.graph = graph;
        this.storage = storage;
        this.owned = owned;
        this.executor = new GraphExecutor(graph, storage, parallelism);
    }

    /** Starts configuring a materializer for {@code graph}. */
    public static Builder builder(AssetGraph graph) {
        return new Builder(graph);
    }

    /**
     * A materializer whose default IO manager stores into the URL in the system property
     * {@code assetflow.url}, else the environment variable {@code ASSETFLOW_URL}, else
     * {@code jdbc:duckdb:warehouse.duckdb} in the working directory. Close it to release the database.
     */
    public static Materializer fromEnvironment(AssetGraph graph) {
        return builder(graph).build();
    }

    /** The graph this materializer runs. */
    public AssetGraph graph() {
        return graph;
    }

    /**
     * Materializes every asset.
     *
     * @throws MaterializationException after every asset that could run has run, when any failed
     */
    public MaterializeResult materializeAll() {
        return run(new LinkedHashSet<>(graph.keys()));
    }

    /**
     * Materializes only the assets {@code keys}. Inputs from unselected upstream assets are read from
     * storage, as they were last materialized.
     *
     * @throws AssetflowException naming the closest key when a key names no asset
     * @throws MaterializationException after every asset that could run has run, when any failed
     */
    public MaterializeResult materialize(Collection<String> keys) {
        Set<String> selected = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            if (graph.asset(key).isPresent()) {
                selected.add(key);
            } else {
                unknown.add(graph.unknownKeyMessage(key));
            }
        }
        if (!unknown.isEmpty()) {
            throw new AssetflowException("cannot materialize: " + String.join("; ", unknown)
                    + "; known assets: " + String.join(", ", graph.keys()));
        }
        return run(selected);
    }

    /** Materializes only the assets {@code keys}; see {@link #materialize(Collection)}. */
    public MaterializeResult materialize(String... keys) {
        return materialize(List.of(keys));
    }

    private MaterializeResult run(Set<String> selected) {
        if (closed) {
            throw new IllegalStateException("this Materializer is closed");
        }
        MaterializeResult result = executor.run(selected);
        if (!result.failed().isEmpty()) {
            throw new MaterializationException(result);
        }
        return result;
    }

    /**
     * Reads every stored row of an asset, as last materialized.
     *
     * @throws AssetflowException when the asset is unknown or has not been materialized
     */
    @SuppressWarnings("unchecked")
    public <R> List<R> load(AssetKey<R> key) {
        AssetDefinition<?> asset = graph.asset(key.name())
                .orElseThrow(() -> new AssetflowException("cannot load: " + graph.unknownKeyMessage(key.name())));
        RowType<R> rowType = (RowType<R>) asset.rowType();
        try (Stream<R> rows = storage.read(asset, rowType)) {
            return rows.toList();
        }
    }

    /** Closes the IO managers this materializer created; those passed in stay open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(owned);
    }

    private static void closeAll(List<IOManager> managers) {
        for (IOManager manager : managers) {
            try {
                manager.close();
            } catch (Exception e) {
                LOG.warn("closing IO manager {} failed", manager, e);
            }
        }
    }

    /** Configures a {@link Materializer}. */
    public static final class Builder {
        private final AssetGraph graph;
        private final Map<String, IOManager> managers = new LinkedHashMap<>();
        private String url;
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder(AssetGraph graph) {
            this.graph = Objects.requireNonNull(graph, "graph");
        }

        /**
         * The storage URL of the {@code "default"} IO manager, e.g. {@code jdbc:duckdb:warehouse.duckdb}.
         * Without it (and without {@code ioManager("default", ...)}) the URL comes from the environment,
         * as in {@link Materializer#fromEnvironment}. The IO manager made from it is closed with the
         * materializer.
         */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Stores the assets whose {@code io} is {@code name} with {@code manager}, which the caller closes. */
        public Builder ioManager(String name, IOManager manager) {
            managers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(manager, "manager"));
            return this;
        }

        /** How many assets may run at once; defaults to the number of processors. */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        /**
         * Builds the materializer.
         *
         * @throws AssetflowException when an asset names an IO manager that was not configured, naming the
         *     asset
         */
        public Materializer build() {
            Map<String, IOManager> all = new LinkedHashMap<>(managers);
            List<IOManager> owned = new ArrayList<>();
            boolean needsDefault = graph.assets().stream().anyMatch(a -> a.io().equals(DEFAULT_IO));
            if (!all.containsKey(DEFAULT_IO) && (url != null || needsDefault)) {
                IOManager created = IOManagers.fromUrl(url != null ? url : StorageUrl.resolve());
                owned.add(created);
                all.put(DEFAULT_IO, created);
            } else if (url != null) {
                throw new IllegalStateException("both url(...) and ioManager(\"default\", ...) were given;"
                        + " use one of them");
            }
            Storage storage = new Storage(all);
            for (AssetDefinition<?> asset : graph.assets()) {
                if (!storage.hasManagerFor(asset)) {
                    closeAll(owned);
                    throw new AssetflowException(storage.missingManagerMessage(asset));
                }
            }
            return new Materializer(graph, storage, owned, parallelism);
        }
    }
}
