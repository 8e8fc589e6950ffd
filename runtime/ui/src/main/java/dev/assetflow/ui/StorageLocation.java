package dev.assetflow.ui;

import dev.assetflow.runtime.Materializer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the default IO manager's storage is, so that the UI can tell a storage not created yet (a DuckDB file that
 * is not there) from one that cannot be read, and say where the first launch will create it.
 */
final class StorageLocation {

    private static final String DUCKDB = "jdbc:duckdb:";

    private StorageLocation() {
    }

    /** {@code url}, or when it is {@code null} the URL the materializer takes from the environment. */
    static String resolve(String url) {
        return url != null ? url : Materializer.storageUrlFromEnvironment();
    }

    /**
     * The database file that {@code url} names, as an absolute path, when it is a DuckDB file URL; empty for an
     * in-memory DuckDB database and for every other backend (a server database, which opening never creates).
     */
    static Optional<Path> duckDbFile(String url) {
        if (!url.startsWith(DUCKDB)) {
            return Optional.empty();
        }
        String location = url.substring(DUCKDB.length());
        if (location.isEmpty() || location.equals(":memory:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(location).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
