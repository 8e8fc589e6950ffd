package dev.assetflow.runtime.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Opens IO managers from storage URLs through the {@link IOManagerProvider}s on the class path: DuckDB
 * ({@code dev.assetflow:assetflow-duckdb}, part of {@code assetflow-runtime}), PostgreSQL
 * ({@code assetflow-postgres}), Snowflake ({@code assetflow-snowflake}), or a backend of one's own.
 */
public final class IOManagers {

    /** Schemes of Assetflow's own backends and the artifact that brings each, for the message when absent. */
    private static final Map<String, String> KNOWN_ARTIFACTS = Map.of(
            "jdbc:duckdb", "dev.assetflow:assetflow-duckdb (or dev.assetflow:assetflow-runtime, which includes it)",
            "jdbc:postgresql", "dev.assetflow:assetflow-postgres",
            "jdbc:snowflake", "dev.assetflow:assetflow-snowflake",
            "snowflake", "dev.assetflow:assetflow-snowflake");

    private IOManagers() {
    }

    /**
     * An IO manager for {@code url}, from the first provider that accepts it.
     *
     * @throws StorageException when no URL is given, or no backend on the class path accepts it (naming the
     *     artifact to add for Assetflow's own backends), or the backend refuses the URL
     */
    public static IOManager fromUrl(String url) {
        return fromUrl(url, false);
    }

    /**
     * As {@link #fromUrl(String)}, but only for storage that exists: nothing is created
     * ({@link IOManagerProvider#openExisting(String)}).
     *
     * @throws StorageException as {@link #fromUrl(String)} does, and when the storage does not exist, saying
     *     where it was looked for
     */
    public static IOManager fromExistingUrl(String url) {
        return fromUrl(url, true);
    }

    private static IOManager fromUrl(String url, boolean existing) {
        if (url == null || url.isBlank()) {
            throw new StorageException("no storage URL given; set the system property assetflow.url or the"
                    + " environment variable ASSETFLOW_URL, e.g. jdbc:duckdb:warehouse.duckdb");
        }
        List<IOManagerProvider> providers = providers();
        for (IOManagerProvider provider : providers) {
            if (provider.accepts(url)) {
                return existing ? provider.openExisting(url) : provider.open(url);
            }
        }
        String scheme = scheme(url);
        String artifact = KNOWN_ARTIFACTS.get(scheme);
        if (artifact != null) {
            throw new StorageException("the storage URL starting with '" + scheme + ":' needs a backend that is not"
                    + " on the class path: add the dependency " + artifact);
        }
        List<String> forms = new ArrayList<>();
        providers.forEach(p -> forms.add(p.urlForms()));
        throw new StorageException("unsupported storage URL starting with '" + scheme + ":'; "
                + (forms.isEmpty()
                        ? "no backend is on the class path: add dev.assetflow:assetflow-runtime (DuckDB),"
                                + " assetflow-postgres or assetflow-snowflake"
                        : "the backends on the class path open " + String.join(", ", forms)));
    }

    private static List<IOManagerProvider> providers() {
        List<IOManagerProvider> found = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            ServiceLoader.load(IOManagerProvider.class, context).forEach(found::add);
        }
        if (found.isEmpty()) {
            ServiceLoader.load(IOManagerProvider.class, IOManagers.class.getClassLoader()).forEach(found::add);
        }
        return found;
    }

    /** {@code jdbc:duckdb} of {@code jdbc:duckdb:file.db}; never the rest, which may hold secrets. */
    static String scheme(String url) {
        int first = url.indexOf(':');
        if (first < 0) {
            return url.length() > 16 ? url.substring(0, 16) : url;
        }
        int second = url.indexOf(':', first + 1);
        return second < 0 ? url.substring(0, first) : url.substring(0, second);
    }
}
