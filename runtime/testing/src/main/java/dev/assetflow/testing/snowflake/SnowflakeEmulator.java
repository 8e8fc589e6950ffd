package dev.assetflow.testing.snowflake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Snowflake stand-in for tests: a loopback HTTP server that speaks the protocol of the real
 * snowflake-jdbc driver (login, query requests with bindings and array binding, PUT to LOCAL_FS stages,
 * COPY INTO, session close) and executes statements on an embedded in-memory DuckDB.
 *
 * <pre>{@code
 * try (SnowflakeEmulator snowflake = SnowflakeEmulator.start();
 *      Connection c = DriverManager.getConnection(snowflake.jdbcUrl(), snowflake.properties())) {
 *     c.createStatement().execute("create table \"T\" (\"ID\" NUMBER(19, 0) not null)");
 * }
 * }</pre>
 *
 * <p>Names behave as in Snowflake: unquoted names fold to upper case and quoted names keep their case
 * ({@code "t"} and {@code "T"} are different tables). In DuckDB, names that are all upper case are stored
 * as they are; others are stored encoded (see {@link #openDuckDbConnection()}).
 *
 * <p>Logins behave as Snowflake's: an unknown user or a wrong password is error 390100 "Incorrect username or
 * password was specified."; a database, schema or warehouse that does not exist leaves the session without a
 * current one (the login succeeds), unless the driver asks for validation ({@code validateDefaultParameters=true}),
 * which turns it into error 390201 "The requested database does not exist or not authorized." (or schema,
 * warehouse). Roles are not checked.
 *
 * <p>Transactions and locks behave as writers meet them in Snowflake: {@code BEGIN ... COMMIT} is one
 * transaction; DELETE, UPDATE and MERGE lock their table until the transaction ends, so a second session's
 * locking statement (or DDL on that table) waits, up to {@link Builder#lockTimeout}. A temporary table is
 * seen only by its own session (in {@code INFORMATION_SCHEMA} too) and is dropped when the session ends.
 * Tests can inject faults: a statement whose reply is lost ({@link #loseReplyOfNext}) and a session that
 * ends as a killed client's does ({@link #killSessionAtNext}, {@link #killAllSessions}).
 *
 * <p>Limits, by design: results are always JSON (no Arrow); timestamps and times keep microseconds
 * (DuckDB), not nanoseconds; TIMESTAMP_TZ keeps the instant but returns it at offset +00:00, and
 * TIMESTAMP_LTZ is stored as TIMESTAMP_TZ; primary keys and unique constraints are not enforced (as in
 * Snowflake); a failed statement inside an explicit transaction aborts the transaction; COPY keeps no
 * load history; temporary tables of all sessions share one namespace (two sessions cannot create temporary
 * tables of the same name); a transaction's snapshot starts at its first statement, not at each statement
 * as in Snowflake's READ COMMITTED. Unsupported statements fail with error 000002 "Unsupported feature".
 */
public final class SnowflakeEmulator implements AutoCloseable {

    /** The user {@link #start()} accepts. */
    public static final String DEFAULT_USER = "emulator";
    /** The password of {@link #DEFAULT_USER}. */
    public static final String DEFAULT_PASSWORD = "emulator-password";
    /** The database {@link #start()} creates. */
    public static final String DEFAULT_DATABASE = "EMULATOR_DB";
    /** The warehouse that exists unless the builder names others, and every session's default. */
    public static final String DEFAULT_WAREHOUSE = "EMULATOR_WH";

    private static final Logger LOG = LoggerFactory.getLogger(SnowflakeEmulator.class);

    private final String database;
    private final Map<String, String> users;
    private final java.util.Set<String> warehouses;
    private final Path stageRoot;
    private final boolean ownsStageRoot;
    private final DuckDBConnection duckDb;
    private final Stages stages;
    private final SessionRegistry sessions;
    private final List<ReceivedQuery> received = new ArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor;
    /**
     * Held by every DDL statement: Snowflake serialises DDL on an object (a second ALTER waits), while
     * DuckDB would fail one of two concurrent catalog changes with a write-write conflict.
     */
    private final ReentrantLock ddlLock = new ReentrantLock();
    private final TableLocks tableLocks;
    /** Temporary tables and the session each belongs to: other sessions do not see them. */
    private final Map<ObjectName, EmulatorSession> temporaryTables = new ConcurrentHashMap<>();
    private final List<Fault> faults = new ArrayList<>();

    /** What an injected fault does to the statement it matches. */
    enum FaultKind {
        /** The statement runs; the driver gets a communication error instead of its reply. */
        LOSE_REPLY,
        /** The statement does not run; the session ends as a killed client's does, and the driver is told so. */
        KILL_SESSION
    }

    private record Fault(FaultKind kind, Predicate<String> sql) {
    }

    /**
     * A query request the emulator received.
     *
     * @param sql the SQL text as the driver sent it
     * @param bindingRows the number of rows of bound values (more than one for an array-bound batch)
     * @param describeOnly whether the driver only asked for a description (prepare), not execution
     */
    public record ReceivedQuery(String sql, int bindingRows, boolean describeOnly) {
    }

    private SnowflakeEmulator(Builder builder) throws IOException, SQLException {
        this.database = builder.database;
        this.users = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.users));
        this.warehouses = java.util.Set.copyOf(builder.warehouses);
        this.ownsStageRoot = builder.stageRoot == null;
        this.stageRoot = ownsStageRoot ? Files.createTempDirectory("snowflake-emulator-stages")
                : Files.createDirectories(builder.stageRoot);
        this.duckDb = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        this.stages = new Stages(stageRoot);
        this.tableLocks = new TableLocks(builder.lockTimeout);
        this.sessions = new SessionRegistry(this);
        createDatabase(database);
        // Unbounded: a request waiting for a table lock holds its thread until another session's COMMIT,
        // which needs a thread of its own.
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "snowflake-emulator");
            thread.setDaemon(true);
            return thread;
        });
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
        // ACK, costing ~40 ms per request. Read once, when the JDK server classes initialise.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new EmulatorHttpHandler(this, sessions));
        server.setExecutor(executor);
        server.start();
        LOG.info("Snowflake emulator listening on {} (database {}, stages in {})", jdbcUrl(), database, stageRoot);
    }

    /** Starts an emulator with database {@value #DEFAULT_DATABASE} and user {@value #DEFAULT_USER}. */
    public static SnowflakeEmulator start() {
        return builder().start();
    }

    /** Options: database name, accepted users, stage root directory. */
    public static Builder builder() {
        return new Builder();
    }

    /** The lock every DDL statement of every session holds while it runs. */
    ReentrantLock ddlLock() {
        return ddlLock;
    }

    TableLocks tableLocks() {
        return tableLocks;
    }

    /**
     * Fault injection: the next statement whose SQL text matches runs as usual, but the driver gets a
     * communication error instead of its reply, as when the connection drops after Snowflake executed the
     * statement. The client cannot tell from the error whether the statement ran.
     */
    public void loseReplyOfNext(Predicate<String> sql) {
        addFault(FaultKind.LOSE_REPLY, sql);
    }

    /**
     * Fault injection: the next statement whose SQL text matches does not run; instead its session ends as
     * Snowflake ends the session of a client that was killed (once it expires): the open transaction rolls
     * back, table locks are released, temporary tables and stages are dropped. The driver is told the
     * session no longer exists, and every later request of the session is refused the same way. Permanent
     * objects the session created stay.
     */
    public void killSessionAtNext(Predicate<String> sql) {
        addFault(FaultKind.KILL_SESSION, sql);
    }

    private void addFault(FaultKind kind, Predicate<String> sql) {
        synchronized (faults) {
            faults.add(new Fault(kind, Objects.requireNonNull(sql, "sql")));
        }
    }

    /** Removes and returns the kind of the first injected fault matching the statement, or null. */
    FaultKind takeFault(String sql) {
        synchronized (faults) {
            for (int i = 0; i < faults.size(); i++) {
                if (faults.get(i).sql().test(sql)) {
                    return faults.remove(i).kind();
                }
            }
            return null;
        }
    }

    /** Ends every open session as {@link #killSessionAtNext} ends one (all clients were killed). */
    public void killAllSessions() {
        sessions.closeAll();
    }

    void registerTemporaryTable(ObjectName table, EmulatorSession owner) {
        temporaryTables.put(table, owner);
    }

    void forgetTemporaryTable(ObjectName table) {
        temporaryTables.remove(table);
    }

    void forgetTemporaryTables(EmulatorSession owner) {
        temporaryTables.values().removeIf(session -> session == owner);
    }

    /** The temporary tables of sessions other than {@code session}. */
    List<ObjectName> temporaryTablesOfOthers(EmulatorSession session) {
        return temporaryTables.entrySet().stream().filter(e -> e.getValue() != session).map(Map.Entry::getKey)
                .toList();
    }

    /** The session's own temporary tables. */
    List<ObjectName> temporaryTablesOf(EmulatorSession session) {
        return temporaryTables.entrySet().stream().filter(e -> e.getValue() == session).map(Map.Entry::getKey)
                .toList();
    }

    /** The JDBC URL of this emulator, with its database and the PUBLIC schema. */
    public String jdbcUrl() {
        return "jdbc:snowflake://127.0.0.1:" + port() + "/?account=emulator&ssl=off&db=" + database
                + "&schema=PUBLIC&disablePlatformDetection=true";
    }

    /** Connection properties for the default user (the first user of the builder). */
    public Properties properties() {
        Map.Entry<String, String> first = users.entrySet().iterator().next();
        return properties(first.getKey(), first.getValue());
    }

    /** Connection properties with the given credentials (which need not be accepted). */
    public Properties properties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Runs {@code sql} as the default user through the Snowflake JDBC driver (which must be on the class path), each
     * value read with {@code getString}, for tests to check what was stored as a Snowflake client sees it. A
     * statement without rows returns none.
     */
    public List<List<String>> query(String sql) {
        return query(null, sql);
    }

    /** As {@link #query(String)}, after running {@code setup} (e.g. an {@code ALTER SESSION}) when not null. */
    public List<List<String>> query(String setup, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), properties());
                Statement statement = connection.createStatement()) {
            if (setup != null) {
                statement.execute(setup);
            }
            List<List<String>> rows = new ArrayList<>();
            if (statement.execute(sql)) {
                try (java.sql.ResultSet result = statement.getResultSet()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(result.getString(i));
                        }
                        rows.add(row);
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public String database() {
        return database;
    }

    public Path stageRoot() {
        return stageRoot;
    }

    /** The SQL texts of the statements the driver asked to execute, in order (describe requests excluded). */
    public List<String> receivedSql() {
        synchronized (received) {
            return received.stream().filter(q -> !q.describeOnly()).map(ReceivedQuery::sql).toList();
        }
    }

    /** Every query request received, in order, with its binding row count. */
    public List<ReceivedQuery> receivedQueries() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public void clearReceivedSql() {
        synchronized (received) {
            received.clear();
        }
    }

    /**
     * A new connection to the emulator's DuckDB, for tests to check what was stored. The caller closes it.
     * Snowflake database {@code DB} is DuckDB catalog {@code "DB"}; names that are not all upper case are
     * stored encoded ({@code "t"} as {@code "~t"}).
     */
    public Connection openDuckDbConnection() {
        try {
            synchronized (duckDb) {
                return duckDb.duplicate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open a DuckDB connection of the emulator", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        sessions.closeAll();
        try {
            duckDb.close();
        } catch (SQLException e) {
            LOG.warn("Could not close the emulator's DuckDB: {}", e.getMessage());
        }
        if (ownsStageRoot) {
            Stages.deleteRecursively(stageRoot);
        }
    }

    // ---- package-private: used by the protocol and statement classes

    Map<String, String> users() {
        return users;
    }

    Stages stages() {
        return stages;
    }

    void record(ReceivedQuery query) {
        synchronized (received) {
            received.add(query);
        }
    }

    Connection newSessionConnection() throws SQLException {
        synchronized (duckDb) {
            Connection connection = duckDb.duplicate();
            try (Statement s = connection.createStatement()) {
                s.execute(Identifiers.DECODE_MACRO);
                for (String macro : SqlRewriter.EPOCH_MACROS) {
                    s.execute(macro);
                }
                s.execute("SET TimeZone = 'UTC'");
            }
            return connection;
        }
    }

    boolean databaseExists(String name) {
        synchronized (duckDb) {
            return new Catalog(duckDb).databaseExists(name);
        }
    }

    boolean schemaExists(String database, String schema) {
        synchronized (duckDb) {
            return new Catalog(duckDb).schemaExists(database, schema);
        }
    }

    boolean warehouseExists(String name) {
        return warehouses.contains(name);
    }

    void requireDatabase(String name) {
        if (!databaseExists(name)) {
            throw SnowflakeError.databaseNotFound(Identifiers.display(name));
        }
    }

    void createDatabase(String name) {
        synchronized (duckDb) {
            try (Statement s = duckDb.createStatement()) {
                s.execute("ATTACH ':memory:' AS " + Identifiers.sql(name));
                s.execute("CREATE SCHEMA " + Identifiers.sql(name) + "." + Identifiers.sql("PUBLIC"));
            } catch (SQLException e) {
                throw ErrorTranslator.translate(e);
            }
        }
    }

    void dropDatabase(String name) {
        synchronized (duckDb) {
            try (Statement s = duckDb.createStatement()) {
                s.execute("DETACH " + Identifiers.sql(name));
            } catch (SQLException e) {
                throw ErrorTranslator.translate(e);
            }
        }
    }

    /** Builder of an emulator. */
    public static final class Builder {
        private String database = DEFAULT_DATABASE;
        private final Map<String, String> users = new LinkedHashMap<>();
        private final java.util.Set<String> warehouses = new java.util.LinkedHashSet<>();
        private Path stageRoot;
        private Duration lockTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * How long a statement waits for another transaction's table lock before it fails (Snowflake's
         * LOCK_TIMEOUT, 12 hours by default there); 60 s by default here.
         */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** The database that exists at start and that {@link #jdbcUrl()} names. */
        public Builder database(String name) {
            this.database = Objects.requireNonNull(name);
            return this;
        }

        /** Accepts this user with this password; without any call, {@value #DEFAULT_USER} is accepted. */
        public Builder user(String user, String password) {
            users.put(Objects.requireNonNull(user), Objects.requireNonNull(password));
            return this;
        }

        /**
         * A warehouse that exists (its name as stored: upper case for an unquoted name); without any call, only
         * {@value SnowflakeEmulator#DEFAULT_WAREHOUSE}. A login naming another gets no current warehouse, or,
         * when it asks for validation, error 390201. Warehouses only exist by name: statements run without one.
         */
        public Builder warehouse(String name) {
            warehouses.add(Objects.requireNonNull(name));
            return this;
        }

        /** Where stage directories live; by default a temporary directory deleted on close. */
        public Builder stageRoot(Path directory) {
            this.stageRoot = directory;
            return this;
        }

        public SnowflakeEmulator start() {
            if (users.isEmpty()) {
                users.put(DEFAULT_USER, DEFAULT_PASSWORD);
            }
            if (warehouses.isEmpty()) {
                warehouses.add(DEFAULT_WAREHOUSE);
            }
            try {
                return new SnowflakeEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the Snowflake emulator", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not start the Snowflake emulator's DuckDB", e);
            }
        }
    }
}
