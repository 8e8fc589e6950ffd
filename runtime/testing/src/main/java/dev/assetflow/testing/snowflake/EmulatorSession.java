package dev.assetflow.testing.snowflake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One driver session: its own DuckDB connection (so the current schema and transactions are per
 * session), its context (database, schema, role, warehouse) and transaction state, and the temporary
 * objects dropped when it closes.
 *
 * <p>Transactions follow Snowflake: with AUTOCOMMIT on, each statement commits unless {@code BEGIN}
 * opened a transaction; with it off, a transaction is always open. DDL commits the open transaction
 * first and then commits itself. Unlike Snowflake, a failed statement inside an explicit transaction
 * aborts the whole DuckDB transaction (DuckDB has no savepoints).
 */
final class EmulatorSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorSession.class);

    /** Work run on the session's DuckDB connection. */
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final SnowflakeEmulator emulator;
    private final String token;
    private final String masterToken;
    private final String user;
    private final Connection duckDb;
    private final Set<StageName> temporaryStages = new LinkedHashSet<>();
    private final List<ObjectName> temporaryTables = new ArrayList<>();
    private String database;
    private String schema;
    private String role = "SYSADMIN";
    private String warehouse = "EMULATOR_WH";
    private boolean autocommit = true;
    private boolean explicitTransaction;
    private volatile boolean closed;
    private final Map<String, Object> parameters = new LinkedHashMap<>(DEFAULT_PARAMETERS);

    /**
     * Session parameters sent to the driver with every response, with Snowflake's defaults. The driver
     * formats {@code getString} of dates, times and timestamps with the *_OUTPUT_FORMAT ones.
     */
    static final Map<String, Object> DEFAULT_PARAMETERS = defaults();

    private static Map<String, Object> defaults() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TIMEZONE", "UTC");
        p.put("DATE_OUTPUT_FORMAT", "YYYY-MM-DD");
        p.put("TIME_OUTPUT_FORMAT", "HH24:MI:SS");
        p.put("TIMESTAMP_OUTPUT_FORMAT", "YYYY-MM-DD HH24:MI:SS.FF3 TZHTZM");
        p.put("TIMESTAMP_NTZ_OUTPUT_FORMAT", "YYYY-MM-DD HH24:MI:SS.FF3");
        p.put("TIMESTAMP_LTZ_OUTPUT_FORMAT", "");
        p.put("TIMESTAMP_TZ_OUTPUT_FORMAT", "");
        p.put("BINARY_OUTPUT_FORMAT", "HEX");
        p.put("TIMESTAMP_TYPE_MAPPING", "TIMESTAMP_NTZ");
        p.put("CLIENT_TIMESTAMP_TYPE_MAPPING", "TIMESTAMP_LTZ");
        p.put("CLIENT_RESULT_CHUNK_SIZE", 160);
        return Map.copyOf(p);
    }

    EmulatorSession(SnowflakeEmulator emulator, String token, String masterToken, String user, Connection duckDb) {
        this.emulator = emulator;
        this.token = token;
        this.masterToken = masterToken;
        this.user = user;
        this.duckDb = duckDb;
    }

    SnowflakeEmulator emulator() {
        return emulator;
    }

    String token() {
        return token;
    }

    String masterToken() {
        return masterToken;
    }

    String user() {
        return user;
    }

    String database() {
        return database;
    }

    String schema() {
        return schema;
    }

    String role() {
        return role;
    }

    String warehouse() {
        return warehouse;
    }

    void role(String role) {
        this.role = role;
    }

    void warehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    boolean autocommit() {
        return autocommit;
    }

    /** The session parameters, AUTOCOMMIT included, in a stable order. */
    Map<String, Object> parameters() {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("AUTOCOMMIT", autocommit);
        return all;
    }

    /** ALTER SESSION SET; only AUTOCOMMIT changes behaviour, output formats change how the driver formats. */
    void setParameter(String name, Object value) {
        parameters.put(name, value);
    }

    void unsetParameter(String name) {
        if (DEFAULT_PARAMETERS.containsKey(name)) {
            parameters.put(name, DEFAULT_PARAMETERS.get(name));
        } else {
            parameters.remove(name);
        }
    }

    Connection duckDb() {
        return duckDb;
    }

    Catalog catalog() {
        return new Catalog(duckDb);
    }

    /** Makes {@code database.schema} current; a null schema means the database's PUBLIC schema. */
    void use(String newDatabase, String newSchema) {
        emulator.requireDatabase(newDatabase);
        String targetSchema = newSchema == null ? "PUBLIC" : newSchema;
        try (Statement s = duckDb.createStatement()) {
            s.execute("USE " + Identifiers.sql(newDatabase) + "." + Identifiers.sql(targetSchema));
            database = newDatabase;
            schema = targetSchema;
        } catch (SQLException e) {
            if (newSchema == null) {
                database = newDatabase;
                schema = null;
                return;
            }
            throw SnowflakeError.schemaNotFound(Identifiers.display(newDatabase) + "." + Identifiers.display(newSchema));
        }
    }

    /**
     * The context a login asked for, in a database that exists: its schema when that exists, else none (the
     * session then has a current database but no current schema, as in Snowflake); no schema asked for
     * means PUBLIC, when it exists.
     */
    void useAtLogin(String existingDatabase, String requestedSchema) {
        String target = requestedSchema == null ? "PUBLIC" : requestedSchema;
        database = existingDatabase;
        schema = null;
        if (emulator.schemaExists(existingDatabase, target)) {
            use(existingDatabase, target);
        }
    }

    /** Resolves a one- to three-part name against the current database and schema. */
    ObjectName resolve(List<String> parts) {
        String db = parts.size() == 3 ? parts.get(0) : database;
        String sc = parts.size() >= 2 ? parts.get(parts.size() - 2) : schema;
        if (db == null) {
            throw SnowflakeError.noCurrentDatabase();
        }
        if (sc == null) {
            throw SnowflakeError.noCurrentSchema();
        }
        return new ObjectName(db, sc, parts.get(parts.size() - 1));
    }

    void registerTemporaryStage(StageName stage) {
        temporaryStages.add(stage);
    }

    void forgetTemporaryStage(StageName stage) {
        temporaryStages.remove(stage);
    }

    void registerTemporaryTable(ObjectName table) {
        temporaryTables.add(table);
        emulator.registerTemporaryTable(table, this);
    }

    /** Whether the session ended (closed by the driver, or killed). */
    boolean isClosed() {
        return closed;
    }

    // ---- transactions

    void setAutocommit(boolean on) throws SQLException {
        if (on && !autocommit && !duckDb.getAutoCommit()) {
            duckDb.commit();
            releaseLocks();
        }
        autocommit = on;
        explicitTransaction = false;
        syncDuckDbAutocommit();
    }

    void begin() throws SQLException {
        explicitTransaction = true;
        syncDuckDbAutocommit();
    }

    void commit() throws SQLException {
        if (!duckDb.getAutoCommit()) {
            duckDb.commit();
        }
        releaseLocks();
        explicitTransaction = false;
        syncDuckDbAutocommit();
    }

    void rollback() throws SQLException {
        if (!duckDb.getAutoCommit()) {
            duckDb.rollback();
        }
        releaseLocks();
        explicitTransaction = false;
        syncDuckDbAutocommit();
    }

    /** DDL in Snowflake commits the open transaction before it runs. */
    void commitBeforeDdl() throws SQLException {
        if (!duckDb.getAutoCommit()) {
            duckDb.commit();
            explicitTransaction = false;
            syncDuckDbAutocommit();
        }
        releaseLocks();
    }

    /** {@code CURRENT_TRANSACTION()}: an id of the open transaction, or null when none is open. */
    String transactionId() {
        try {
            return inTransaction() ? Integer.toHexString(System.identityHashCode(duckDb)) : null;
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e);
        }
    }

    /** Whether a transaction is open, so that locks taken now last until it ends. */
    boolean inTransaction() throws SQLException {
        return !duckDb.getAutoCommit();
    }

    /**
     * Takes the tables' locks for this session (sorted, so that two sessions never wait for each other),
     * waiting while another session's transaction holds one.
     */
    void lockTables(ObjectName... tables) {
        ObjectName[] sorted = tables.clone();
        java.util.Arrays.sort(sorted, java.util.Comparator.comparing(ObjectName::duckDb));
        for (ObjectName table : sorted) {
            emulator.tableLocks().acquire(this, table);
        }
    }

    /** Releases the session's table locks unless a transaction is open. */
    void releaseLocksOutsideTransaction() throws SQLException {
        if (!inTransaction()) {
            releaseLocks();
        }
    }

    private void releaseLocks() {
        emulator.tableLocks().releaseAll(this);
    }

    /**
     * Runs work that must take effect as one statement: inside the open transaction if there is one, else
     * in its own transaction that commits on success and rolls back on failure.
     */
    <T> T atomically(SqlWork<T> work) throws SQLException {
        if (!duckDb.getAutoCommit()) {
            return work.run(duckDb);
        }
        duckDb.setAutoCommit(false);
        try {
            T result = work.run(duckDb);
            duckDb.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                duckDb.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            duckDb.setAutoCommit(true);
        }
    }

    /** Runs DDL: commits what is open, then runs the work atomically and commits it. */
    <T> T ddl(SqlWork<T> work) throws SQLException {
        commitBeforeDdl();
        emulator.ddlLock().lock();
        try {
            if (!duckDb.getAutoCommit()) {
                try {
                    T result = work.run(duckDb);
                    duckDb.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    duckDb.rollback();
                    throw e;
                }
            }
            return atomically(work);
        } finally {
            emulator.ddlLock().unlock();
        }
    }

    private void syncDuckDbAutocommit() throws SQLException {
        boolean wanted = autocommit && !explicitTransaction;
        if (duckDb.getAutoCommit() != wanted) {
            duckDb.setAutoCommit(wanted);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (!duckDb.getAutoCommit()) {
                duckDb.rollback();
                duckDb.setAutoCommit(true);
            }
            for (ObjectName table : temporaryTables) {
                try (Statement s = duckDb.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + table.duckDb());
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not clean up session of {}: {}", user, e.getMessage());
        }
        releaseLocks();
        emulator.forgetTemporaryTables(this);
        for (StageName stage : temporaryStages) {
            emulator.stages().drop(stage);
        }
        try {
            duckDb.close();
        } catch (SQLException e) {
            LOG.warn("Could not close DuckDB connection of session of {}: {}", user, e.getMessage());
        }
    }
}
