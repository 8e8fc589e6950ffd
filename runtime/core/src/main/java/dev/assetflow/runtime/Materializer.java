package dev.assetflow.runtime;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagerProvider;
import dev.assetflow.runtime.io.IOManagers;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaPolicy;
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
 * topological order with independent assets in parallel, stores its rows through its IO manager, runs its
 * checks and records the run in the run history.
 *
 * <pre>{@code
 * try (Materializer materializer = Materializer.fromEnvironment(graph)) {
 *     MaterializeResult result = materializer.materializeAll();
 * }
 * }</pre>
 *
 * <p>A failed asset skips its downstream assets, as does a failing blocking check; every other asset still
 * runs, and then a {@link MaterializationException} carrying the {@link MaterializeResult} is thrown.
 * Closing the materializer closes the IO managers it created from a URL, not those passed to
 * {@link Builder#ioManager}. Runs may be started from several threads. Before a run starts, every IO manager
 * is asked whether its storage can be reached ({@link #checkStorage()}): an unreachable database throws a
 * {@link StorageException} with its reason, and no asset runs.
 *
 * <p>The run history lives in the default IO manager's database (when it is a {@link RunHistoryProvider}); when it
 * has none, in memory for the life of this materializer.
 */
public final class Materializer implements AutoCloseable {

    /** The name of the IO manager used by assets that name none. */
    public static final String DEFAULT_IO = "default";

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);
    private static final int HISTORY_LIMIT = 1000;

    /**
     * The lease of a run unless {@link Builder#runLease(Duration)} says otherwise: 60 seconds, renewed every 15.
     * A run recorded before runs had a lease counts as leased for this long from its start.
     */
    public static final java.time.Duration DEFAULT_RUN_LEASE = java.time.Duration.ofSeconds(60);

    private final AssetGraph graph;
    private final Storage storage;
    private final List<IOManager> owned;
    private final GraphExecutor executor;
    private final RunRecorder recorder;
    private final ProgressListener listener;
    private final int parallelism;
    private volatile boolean closed;

    private Materializer(Builder builder, Storage storage, List<IOManager> owned, RunHistory history) {
        this.graph = builder.graph;
        this.storage = storage;
        this.owned = owned;
        this.recorder = new RunRecorder(history);
        this.listener = builder.listener;
        this.parallelism = builder.parallelism;
        this.executor = new GraphExecutor(graph, storage, parallelism, new Resources(builder.resources), recorder,
                builder.runLease);
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

    /**
     * The storage URL {@link #fromEnvironment} uses: the system property {@code assetflow.url}, else the
     * environment variable {@code ASSETFLOW_URL}, else {@code jdbc:duckdb:warehouse.duckdb}.
     */
    public static String storageUrlFromEnvironment() {
        return StorageUrl.resolve();
    }

    /** The graph this materializer runs. */
    public AssetGraph graph() {
        return graph;
    }

    /**
     * Materializes every asset (source assets are only read). A partitioned asset is computed whole, with
     * no partition key in its context; use {@link #materialize(AssetSelection, String)} for one partition.
     *
     * @throws MaterializationException after every asset that could run has run, when any failed or was
     *     skipped
     */
    public MaterializeResult materializeAll() {
        return run(new LinkedHashSet<>(graph.keys()), "*", null);
    }

    /**
     * Materializes only the assets {@code keys}. Inputs from unselected upstream assets are read from
     * storage, as they were last materialized.
     *
     * @throws AssetflowException naming the closest key when a key names no asset
     * @throws MaterializationException after every asset that could run has run, when any failed
     */
    public MaterializeResult materialize(Collection<String> keys) {
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            if (graph.asset(key).isEmpty()) {
                unknown.add(graph.unknownKeyMessage(key));
            }
        }
        if (!unknown.isEmpty()) {
            throw new AssetflowException("cannot materialize: " + String.join("; ", unknown)
                    + "; known assets: " + String.join(", ", graph.keys()));
        }
        return materialize(AssetSelection.keys(keys));
    }

    /** Materializes only the assets {@code keys}; see {@link #materialize(Collection)}. */
    public MaterializeResult materialize(String... keys) {
        return materialize(List.of(keys));
    }

    /**
     * Materializes the assets of {@code selection}, e.g. {@code AssetSelection.parse("+sales_summary")}.
     * Inputs from unselected upstream assets are read from storage.
     *
     * @throws AssetflowException when the selection names an unknown asset or group, or only source assets
     *     (which are written elsewhere and never run)
     * @throws MaterializationException after every asset that could run has run, when any failed
     */
    public MaterializeResult materialize(AssetSelection selection) {
        Set<String> keys = selection.resolve(graph);
        List<String> sources = keys.stream().filter(key -> graph.require(key).isSource()).toList();
        if (!keys.isEmpty() && sources.size() == keys.size()) {
            throw new AssetflowException("nothing to materialize: '" + selection + "' selects only source assets ("
                    + String.join(", ", sources) + "), which are written elsewhere and only read; select the assets"
                    + " that read them, e.g. '" + sources.get(0) + "+'");
        }
        if (!sources.isEmpty()) {
            LOG.info("not run: {} (source assets, written elsewhere and only read)", String.join(", ", sources));
        }
        return run(keys, selection.toString(), null);
    }

    /**
     * Materializes partition {@code partitionKey} of the partitioned assets of {@code selection}: only that
     * partition's rows are replaced; partitioned inputs with the same partitions are read for the same
     * partition, other inputs whole. When the selection is {@link AssetSelection#all()}, unpartitioned
     * assets are left out.
     *
     * @throws AssetflowException when the key is not a partition (naming the valid range), when a selected
     *     asset is not partitioned, or when the selected assets are partitioned differently
     */
    public MaterializeResult materialize(AssetSelection selection, String partitionKey) {
        Objects.requireNonNull(partitionKey, "partitionKey");
        PartitionedSelection partitioned = PartitionedSelection.of(graph, selection);
        partitioned.partitions().validate(partitionKey);
        logUnpartitionedLeftOut(selection, partitioned);
        return run(partitioned.keys(), selection.toString(), partitionKey);
    }

    /**
     * Materializes the partitions {@code fromKey} to {@code toKey} (inclusive) of the partitioned assets of
     * {@code selection}, several partitions at once. Resumable: unless {@code force}, an asset partition
     * whose last materialization succeeded with the asset's current code version is not run again.
     * Failures do not throw; see {@link BackfillResult#isSuccess()}.
     *
     * @throws AssetflowException as {@link #materialize(AssetSelection, String)} does
     */
    public BackfillResult backfill(AssetSelection selection, String fromKey, String toKey, boolean force) {
        checkOpen();
        PartitionedSelection partitioned = PartitionedSelection.of(graph, selection);
        List<String> keys = partitioned.partitions().keysBetween(fromKey, toKey);
        logUnpartitionedLeftOut(selection, partitioned);
        checkStorage();
        return new Backfill(graph, executor, recorder.history(), listener, parallelism)
                .run(partitioned.keys(), selection.toString(), keys, force);
    }

    /**
     * Materializes only the stale assets: those never materialized, whose code version changed since their
     * last successful materialization, or with an upstream asset materialized after them, and what is
     * downstream of those. Each reason is logged at INFO. Partitioned assets are materialized by partition:
     * their stale partitions are reported (see {@link #staleness()}) and left to
     * {@link #backfill(AssetSelection, String, String, boolean)}, which skips the partitions already done.
     * When nothing is stale, no run is started or recorded and the result lists no assets.
     *
     * @throws MaterializationException after every asset that could run has run, when any failed
     */
    public MaterializeResult materializeStale() {
        Set<String> stale = new LinkedHashSet<>();
        for (Staleness staleness : staleness()) {
            if (staleness.stale()) {
                LOG.info("asset {} is stale: {}", staleness.asset(), staleness.reason());
                if (graph.require(staleness.asset()).partitions().isEmpty()) {
                    stale.add(staleness.asset());
                }
            }
        }
        if (stale.isEmpty()) {
            LOG.info("every unpartitioned asset is up to date; nothing to materialize");
            return new MaterializeResult(List.of(), java.time.Duration.ZERO);
        }
        return run(stale, "stale", null);
    }

    private void logUnpartitionedLeftOut(AssetSelection selection, PartitionedSelection partitioned) {
        List<String> left = selection.resolve(graph).stream()
                .filter(key -> !graph.require(key).isSource() && !partitioned.keys().contains(key)).toList();
        if (!left.isEmpty()) {
            LOG.info("not run: {} (not partitioned; a partition run leaves them out)", String.join(", ", left));
        }
    }

    /** Every computed asset's staleness, in topological order, with the reason. */
    public List<Staleness> staleness() {
        checkOpen();
        checkStorage();
        RunHistory history = recorder.history();
        return StalenessAnalysis.of(graph, history.latestSuccesses(), history.pendingMaterializations());
    }

    /** The latest materializations of every asset, newest first (at most 1000). */
    public List<MaterializationRecord> history() {
        checkOpen();
        return recorder.history().materializations(null, HISTORY_LIMIT);
    }

    /** The latest materializations of the asset {@code key}, newest first (at most 1000). */
    public List<MaterializationRecord> history(String key) {
        checkOpen();
        requireKey(key);
        return recorder.history().materializations(key, HISTORY_LIMIT);
    }

    /** The latest materializations of the asset {@code key}, newest first (at most 1000). */
    public List<MaterializationRecord> history(AssetKey<?> key) {
        return history(key.name());
    }

    /** The latest runs, newest first. */
    public List<RunRecord> runs(int limit) {
        checkOpen();
        return recorder.history().runs(limit);
    }

    /** The latest check results of the asset {@code key} (of every asset when {@code null}), newest first. */
    public List<CheckRecord> checkHistory(String key) {
        checkOpen();
        if (key != null) {
            requireKey(key);
        }
        return recorder.history().checks(key, HISTORY_LIMIT);
    }

    /** Where runs are recorded. */
    public RunHistory runHistory() {
        return recorder.history();
    }

    private void requireKey(String key) {
        if (graph.asset(key).isEmpty()) {
            throw new AssetflowException(graph.unknownKeyMessage(key));
        }
    }

    /**
     * Checks that the storage of every asset can be reached ({@link IOManager#checkAvailable()} of each IO
     * manager once). Runs, backfills and {@link #staleness()} do it before anything else, so that an
     * unreachable database fails once, before any asset runs, with the database's reason.
     *
     * @throws StorageException when an IO manager's storage cannot be reached, saying why
     */
    public void checkStorage() {
        checkOpen();
        Set<IOManager> checked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        IOManager main = storage.manager(DEFAULT_IO);
        if (main != null && checked.add(main)) {
            main.checkAvailable();
        }
        for (AssetDefinition<?> asset : graph.assets()) {
            IOManager manager = storage.manager(asset.io());
            if (manager != null && checked.add(manager)) {
                manager.checkAvailable();
            }
        }
    }

    private MaterializeResult run(Set<String> selected, String selection, String partitionKey) {
        checkOpen();
        checkStorage();
        MaterializeResult result = executor.run(selected, selection, partitionKey, listener);
        if (!result.isSuccess()) {
            throw new MaterializationException(result);
        }
        return result;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this Materializer is closed");
        }
    }

    /**
     * The statement that materializing the SQL asset {@code key} sends to its database
     * ({@code INSERT INTO table (columns) SELECT ...}, for the whole table), rendered in the dialect of its IO
     * manager with the values inlined, without running it.
     *
     * @throws AssetflowException when the key names no asset, the asset is not a SQL asset, or its IO manager
     *     cannot run queries
     */
    public String sql(String key) {
        checkOpen();
        requireKey(key);
        AssetDefinition<?> asset = graph.require(key);
        if (!asset.isSql()) {
            throw new AssetflowException("asset '" + key + "' is not a SQL asset; only SQL assets have a statement");
        }
        try {
            return SqlAssetRun.render(asset, graph, storage);
        } catch (AssetflowException e) {
            throw e;
        } catch (Exception e) {
            throw new AssetflowException("asset '" + key + "' (" + asset.method() + "): building its query failed: "
                    + e.getMessage(), e);
        }
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

    /**
     * The first {@code limit} stored rows of an asset (of every partition), read through its IO manager as
     * downstream assets read it, each as its column values in column order: {@code Long}, {@code String},
     * {@code LocalDate} and so on, {@code null} for SQL {@code NULL}. Only those rows are read.
     *
     * @throws AssetflowException when the asset is unknown or its table cannot be read (never materialized)
     */
    public List<List<Object>> preview(String key, int limit) {
        checkOpen();
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        AssetDefinition<?> asset = graph.asset(key)
                .orElseThrow(() -> new AssetflowException("cannot preview: " + graph.unknownKeyMessage(key)));
        return preview(asset, asset.rowType(), limit);
    }

    private <R> List<List<Object>> preview(AssetDefinition<?> asset, RowType<R> rowType, int limit) {
        try (Stream<R> rows = storage.read(asset, rowType)) {
            return rows.limit(limit).map(row -> ValueRow.of(rowType, row)).toList();
        } catch (StorageException e) {
            throw new AssetflowException(e.getMessage(), e);
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
        private final Map<Class<?>, Object> resources = new LinkedHashMap<>();
        private String url;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private RunHistory history;
        private ProgressListener listener = ProgressListener.NONE;
        private boolean requireResources = true;
        private boolean existingStorageOnly;
        private java.time.Duration runLease = DEFAULT_RUN_LEASE;
        private final Map<String, SchemaPolicy> schemaPolicies = new LinkedHashMap<>();

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

        /**
         * Gives assets and checks that declare a resource of type {@code type} (an {@code @Resource}
         * parameter) the instance {@code value}.
         */
        public <T> Builder resource(Class<T> type, T value) {
            Objects.requireNonNull(type, "type");
            resources.put(type, type.cast(Objects.requireNonNull(value, "value of resource " + type.getName())));
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

        /** Records runs in {@code history} instead of the default IO manager's database. */
        public Builder runHistory(RunHistory history) {
            this.history = Objects.requireNonNull(history, "history");
            return this;
        }

        /**
         * Whether {@link #build()} fails when resources that assets or checks declare are missing; true by
         * default. Tools that only read the history or list the graph turn it off; an asset that then asks
         * for a missing resource fails, naming it.
         */
        public Builder requireResources(boolean require) {
            this.requireResources = require;
            return this;
        }

        /**
         * Whether the IO manager made from the URL (or the environment) may only open storage that exists;
         * false by default. Tools that only read the history or list the graph turn it on, so that a mistyped
         * path fails {@link #build()} naming the path instead of creating an empty database there
         * ({@link IOManagerProvider#openExisting(String)}).
         */
        public Builder existingStorageOnly(boolean existingOnly) {
            this.existingStorageOnly = existingOnly;
            return this;
        }

        /**
         * Writes asset {@code assetKey} with {@code policy} when its table exists with other columns,
         * whatever the asset's {@code onSchemaChange} and its IO manager's policy say.
         * {@link #build()} fails when the graph has no such asset.
         */
        public Builder schemaPolicy(String assetKey, SchemaPolicy policy) {
            schemaPolicies.put(Objects.requireNonNull(assetKey, "assetKey"), Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * How long a run's lease lasts: while a run goes, its process renews the lease in the run history every
         * quarter of it (from a daemon thread, never waiting behind the data's writes); a run that is still
         * recorded as running after its lease ran out reads {@link RunStatus#ABANDONED}, because its process
         * stopped without finishing it. 60 seconds by default ({@link #DEFAULT_RUN_LEASE}); at least 1 second.
         * Longer tolerates longer stalls (a pause, an unreachable database) before a live run looks abandoned;
         * shorter shows a killed run sooner. The clocks of the machines that run and that read must agree to
         * well within it.
         */
        public Builder runLease(java.time.Duration lease) {
            Objects.requireNonNull(lease, "lease");
            if (lease.compareTo(java.time.Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("the run lease must be at least 1 second, was " + lease);
            }
            this.runLease = lease;
            return this;
        }

        /** Tells {@code listener} how runs progress (the CLI draws its progress lines from it). */
        public Builder progressListener(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the materializer.
         *
         * @throws AssetflowException when an asset names an IO manager that was not configured, naming the
         *     asset, when {@link #schemaPolicy(String, SchemaPolicy)} names an unknown asset, or when resources that assets or checks need are missing, naming them
         */
        public Materializer build() {
            for (String key : schemaPolicies.keySet()) {
                if (graph.asset(key).isEmpty()) {
                    throw new AssetflowException("schemaPolicy(\"" + key + "\", " + schemaPolicies.get(key)
                            + ") names no asset of the graph" + Suggestions.didYouMean(key, graph.keys())
                            + "; give the key of an asset (its @Asset name, or its method name in snake_case)");
                }
            }
            String missingResources = new Resources(resources).missing(graph);
            if (requireResources && !missingResources.isEmpty()) {
                throw new AssetflowException(missingResources);
            }
            Map<String, IOManager> all = new LinkedHashMap<>(managers);
            List<IOManager> owned = new ArrayList<>();
            boolean needsDefault = graph.assets().stream().anyMatch(a -> a.io().equals(DEFAULT_IO));
            if (!all.containsKey(DEFAULT_IO) && (url != null || needsDefault)) {
                IOManager created;
                try {
                    String storageUrl = url != null ? url : StorageUrl.resolve();
                    created = existingStorageOnly ? IOManagers.fromExistingUrl(storageUrl)
                            : IOManagers.fromUrl(storageUrl);
                } catch (StorageException e) {
                    throw new AssetflowException(e.getMessage(), e);
                }
                owned.add(created);
                all.put(DEFAULT_IO, created);
            } else if (url != null) {
                throw new IllegalStateException("both url(...) and ioManager(\"default\", ...) were given;"
                        + " use one of them");
            }
            Storage storage = new Storage(all, schemaPolicies);
            for (AssetDefinition<?> asset : graph.assets()) {
                if (!storage.hasManagerFor(asset)) {
                    closeAll(owned);
                    throw new AssetflowException(storage.missingManagerMessage(asset));
                }
            }
            RunHistory runHistory = history;
            if (runHistory == null) {
                IOManager main = all.get(DEFAULT_IO);
                runHistory = main instanceof RunHistoryProvider provider ? provider.runHistory() : null;
            }
            if (runHistory == null) {
                LOG.info("the default IO manager keeps no run history; runs are recorded in memory only");
                runHistory = new InMemoryRunHistory();
            }
            return new Materializer(this, storage, owned, runHistory);
        }
    }
}
