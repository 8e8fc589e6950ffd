package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;

/**
 * One DuckDB database instance per file in this JVM, shared by every IO manager that uses the file: a root
 * connection from which each read and write duplicates its own connection, and one lock that lets a single
 * writer at a time into the file. An in-memory database ({@code jdbc:duckdb:}) belongs to one IO manager.
 * The instance is closed when its last user releases it.
 */
final class DuckDbDatabase {

    private static final String PREFIX = "jdbc:duckdb:";
    private static final Map<String, DuckDbDatabase> OPEN = new HashMap<>();

    private final String key;
    private final String description;
    private final DuckDBConnection root;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private int users;

    private DuckDbDatabase(String key, String description, DuckDBConnection root) {
        this.key = key;
        this.description = description;
        this.root = root;
    }

    /** The shared database of {@code url}, opened when this is its first user; call {@link #release()} after. */
    static DuckDbDatabase acquire(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new StorageException("not a DuckDB URL: expected jdbc:duckdb:<file>");
        }
        String location = url.substring(PREFIX.length());
        if (location.isEmpty() || location.equals(":memory:")) {
            DuckDbDatabase memory = new DuckDbDatabase(null, "an in-memory DuckDB database", open(PREFIX, "memory"));
            memory.users = 1;
            return memory;
        }
        Path file = canonical(location);
        String key = file.toString();
        synchronized (OPEN) {
            DuckDbDatabase database = OPEN.get(key);
            if (database == null) {
                database = new DuckDbDatabase(key, "DuckDB file " + key, open(PREFIX + key, "file " + key));
                OPEN.put(key, database);
            }
            database.users++;
            return database;
        }
    }

    /**
     * Fails, creating nothing, when {@code url} names a database file that does not exist.
     *
     * @throws StorageException naming the absolute path looked for
     */
    static void requireExisting(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new StorageException("not a DuckDB URL: expected jdbc:duckdb:<file>");
        }
        String location = url.substring(PREFIX.length());
        if (location.isEmpty() || location.equals(":memory:")) {
            return;
        }
        Path path = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new StorageException("no DuckDB database at " + path + " (from " + url + "): nothing has been"
                    + " materialized there, or the path is wrong; this command only reads and creates nothing");
        }
    }

    private static Path canonical(String location) {
        Path path = Path.of(location).toAbsolutePath().normalize();
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
                return parent.toRealPath().resolve(path.getFileName());
            }
            return path;
        } catch (IOException e) {
            throw new StorageException("cannot use DuckDB file " + path + ": " + e.getMessage(), e);
        }
    }

    private static DuckDBConnection open(String url, String what) {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        try {
            return (DuckDBConnection) DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            String hint = e.getMessage() != null && e.getMessage().contains("lock")
                    ? "; another process has the file open for writing; stop it or use another file" : "";
            throw new StorageException("cannot open DuckDB " + what + ": " + e.getMessage() + hint, e);
        }
    }

    /** A new connection to the database, with auto-commit on; the caller closes it. */
    DuckDBConnection connect() throws SQLException {
        DuckDBConnection connection = root.duplicate();
        connection.setAutoCommit(true);
        return connection;
    }

    /** The lock a writer holds for its whole transaction. */
    ReentrantLock writeLock() {
        return writeLock;
    }

    /** The file's description, or for an in-memory database one that tells it from every other. */
    String identity() {
        return key != null ? description : description + " #" + Integer.toHexString(System.identityHashCode(this));
    }

    String description() {
        return description;
    }

    /** Ends one user's use; the last one closes the database. */
    void release() {
        if (key == null) {
            closeRoot();
            return;
        }
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(key);
        }
        closeRoot();
    }

    private void closeRoot() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new StorageException("closing " + description + " failed: " + e.getMessage(), e);
        }
    }
}
