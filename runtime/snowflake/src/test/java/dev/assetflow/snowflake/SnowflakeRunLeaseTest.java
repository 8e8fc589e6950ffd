package dev.assetflow.snowflake;

import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.reliability.RunLeaseContract;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Run leases in Snowflake, with the real driver against the emulator; each storage is a schema of its own. The
 * killed child connects to the emulator of this JVM.
 */
class SnowflakeRunLeaseTest extends RunLeaseContract {

    private static SnowflakeEmulator emulator;
    private final List<SnowflakeIOManager> opened = new ArrayList<>();

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @AfterEach
    void closeIoManagers() {
        opened.forEach(SnowflakeIOManager::close);
    }

    private static String schema(String storage) {
        return "LEASE_" + storage.toUpperCase(Locale.ROOT);
    }

    /** The storage's URL, after creating its schema (a session cannot open in a schema that does not exist). */
    @Override
    protected String url(String storage) {
        try {
            connect(storage).close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return emulator.jdbcUrl().replace("&schema=PUBLIC", "&schema=" + schema(storage));
    }

    @Override
    protected Map<String, String> childEnvironment() {
        return Map.of("SNOWFLAKE_USER", SnowflakeEmulator.DEFAULT_USER, "SNOWFLAKE_PASSWORD",
                SnowflakeEmulator.DEFAULT_PASSWORD);
    }

    @Override
    protected Materializer.Builder withStorage(Materializer.Builder builder, String storage) {
        SnowflakeIOManager io = SnowflakeIOManager.builder().url(emulator.jdbcUrl())
                .user(SnowflakeEmulator.DEFAULT_USER).password(SnowflakeEmulator.DEFAULT_PASSWORD)
                .database(emulator.database()).schema(schema(storage)).build();
        opened.add(io);
        return builder.ioManager(Materializer.DEFAULT_IO, io);
    }

    @Override
    protected boolean readableWhileAnotherProcessWrites() {
        return true;
    }

    private Connection connect(String storage) throws Exception {
        Connection connection = DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema(storage));
            statement.execute("USE SCHEMA " + schema(storage));
        }
        return connection;
    }

    @Override
    protected Map<String, String> firstRow(String storage, String sql) throws Exception {
        try (Connection connection = connect(storage)) {
            return firstRow(connection, sql);
        }
    }

    @Override
    protected void createHistoryWithoutLease(String storage) throws Exception {
        try (Connection connection = connect(storage); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ASSETFLOW_RUNS (\"RUN_ID\" VARCHAR(64) NOT NULL, \"STARTED_AT\" TIMESTAMP_NTZ,"
                    + " \"FINISHED_AT\" TIMESTAMP_NTZ, \"STATUS\" VARCHAR(16) NOT NULL, \"SELECTION\" VARCHAR,"
                    + " \"PARTITION_KEY\" VARCHAR(200), \"MATERIALIZED\" INTEGER, \"FAILED\" INTEGER,"
                    + " \"SKIPPED\" INTEGER, \"ROWS\" BIGINT)");
            statement.execute("INSERT INTO ASSETFLOW_RUNS VALUES ('old-running', '2026-01-05 08:00:00', NULL,"
                    + " 'RUNNING', '*', NULL, 0, 0, 0, 0), ('old-done', '2026-01-05 08:00:00', '2026-01-05 08:01:00',"
                    + " 'SUCCEEDED', '*', NULL, 1, 0, 0, 3)");
        }
    }
}
