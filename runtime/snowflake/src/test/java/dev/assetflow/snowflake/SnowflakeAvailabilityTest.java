package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.reliability.Item;
import dev.assetflow.runtime.reliability.Pipelines;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SnowflakeIOManager#checkAvailable()}: a Snowflake that cannot be used fails a run once, fast, before any
 * asset runs, with the driver's or the server's reason and where it looked, never a secret; a schema that does
 * not exist yet is no reason to fail.
 */
class SnowflakeAvailabilityTest {

    /**
     * Before the check, a refused login was retried 7 times, about 10 s per session (10.7 s measured), and a run of
     * three assets took 48 s to fail each asset on its own. Now: one login, retried once.
     */
    private static final long FAST_MILLIS = 5_000;

    private static SnowflakeEmulator emulator;
    private final AtomicInteger computed = new AtomicInteger();

    @BeforeAll
    static void start() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** Three independent assets, each counting its computation. */
    private AssetGraph graph() {
        List<dev.assetflow.runtime.AssetDefinition<?>> assets = new ArrayList<>();
        for (String key : List.of("avail_a", "avail_b", "avail_c")) {
            assets.add(Pipelines.items(key, () -> {
                computed.incrementAndGet();
                return Item.range(0, 3, key);
            }));
        }
        return AssetGraph.of(assets);
    }

    private static SnowflakeIOManager.Builder emulatorIo() {
        return SnowflakeIOManager.builder().url(emulator.jdbcUrl()).user(SnowflakeEmulator.DEFAULT_USER)
                .password(SnowflakeEmulator.DEFAULT_PASSWORD).database(emulator.database());
    }

    private record Failure(StorageException error, long millis) {
    }

    /** Runs every asset, expecting the storage check to fail it. */
    private Failure materializeFails(SnowflakeIOManager io) {
        long start = System.nanoTime();
        try (io; Materializer materializer = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, io)
                .build()) {
            materializer.materializeAll();
        } catch (StorageException e) {
            return new Failure(e, (System.nanoTime() - start) / 1_000_000);
        }
        throw new AssertionError("the run did not fail");
    }

    private static List<String> tablesOf(String schema) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection duckDb = emulator.openDuckDbConnection(); Statement statement = duckDb.createStatement();
                ResultSet rs = statement.executeQuery("select table_name from duckdb_tables() where database_name = '"
                        + emulator.database() + "' and schema_name = '" + schema + "'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> schemas() throws Exception {
        List<String> schemas = new ArrayList<>();
        try (Connection duckDb = emulator.openDuckDbConnection(); Statement statement = duckDb.createStatement();
                ResultSet rs = statement.executeQuery("select schema_name from duckdb_schemas() where database_name = '"
                        + emulator.database() + "'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }

    @Test
    void aPortNothingListensOnFailsTheRunOnceFastBeforeAnyAssetRuns() {
        int closedPort;
        try (SnowflakeEmulator stopped = SnowflakeEmulator.start()) {
            closedPort = stopped.port();
        }
        String url = "jdbc:snowflake://127.0.0.1:" + closedPort + "/?account=emulator&ssl=off&db=EMULATOR_DB"
                + "&schema=PUBLIC&disablePlatformDetection=true";

        Failure failure = materializeFails(SnowflakeIOManager.builder().url(url).user("etl").password("pw-closed-port")
                .database("EMULATOR_DB").build());

        assertThat(failure.error()).hasMessageStartingWith("cannot use Snowflake at " + url
                + " as etl, database EMULATOR_DB, schema PUBLIC: ")
                .hasMessageContaining("Connect to 127.0.0.1:" + closedPort)
                .hasMessageContaining("Connection refused");
        assertThat(failure.millis()).as("refused logins are retried once, not for 10 s per session")
                .isLessThan(FAST_MILLIS);
        assertThat(computed).hasValue(0);
    }

    @Test
    void aWrongPasswordFailsNamingTheUserAndNotThePasswordBeforeAnyAssetRuns() throws Exception {
        emulator.clearReceivedSql();
        Failure failure = materializeFails(emulatorIo().password("wrong-pw-123").build());

        assertThat(failure.error()).hasMessageStartingWith("cannot use Snowflake at " + emulator.jdbcUrl()
                + " as emulator, database EMULATOR_DB, schema PUBLIC: ")
                .hasMessageEndingWith("Incorrect username or password was specified.");
        assertThat(Pipelines.messages(failure.error())).doesNotContain("wrong-pw-123");
        assertThat(failure.millis()).isLessThan(FAST_MILLIS);
        assertThat(computed).hasValue(0);
        assertThat(emulator.receivedSql()).as("no statement ran").isEmpty();
        assertThat(tablesOf("PUBLIC")).noneMatch(table -> table.startsWith("AVAIL_") || table.startsWith("ASSETFLOW_"));
    }

    @Test
    void aDatabaseThatDoesNotExistFailsNamingItBeforeAnyAssetRuns() {
        emulator.clearReceivedSql();
        Failure failure = materializeFails(emulatorIo().url(emulator.jdbcUrl().replace("db=EMULATOR_DB", "db=NO_SUCH_DB"))
                .database(null).build());

        assertThat(failure.error()).hasMessageContaining("as emulator, database NO_SUCH_DB, schema PUBLIC: ")
                .hasMessageEndingWith("The requested database does not exist or not authorized.");
        assertThat(failure.millis()).isLessThan(FAST_MILLIS);
        assertThat(computed).hasValue(0);
        assertThat(emulator.receivedSql()).as("no statement ran").isEmpty();
    }

    @Test
    void aWarehouseThatDoesNotExistFailsNamingItBeforeAnyAssetRuns() {
        Failure failure = materializeFails(emulatorIo().warehouse("NO_SUCH_WH").role("LOADER").build());

        assertThat(failure.error())
                .hasMessageContaining("as emulator, database EMULATOR_DB, schema PUBLIC, warehouse NO_SUCH_WH, role LOADER: ")
                .hasMessageEndingWith("The requested warehouse does not exist or not authorized.");
        assertThat(computed).hasValue(0);
    }

    @Test
    void aSchemaThatDoesNotExistYetPassesTheCheckAndTheRunCreatesIt() throws Exception {
        assertThat(schemas()).doesNotContain("FIRST_RUN");
        try (SnowflakeIOManager io = emulatorIo().url(emulator.jdbcUrl().replace("schema=PUBLIC", "schema=FIRST_RUN"))
                .build()) {
            assertThat(io.defaultSchema()).isEqualTo("FIRST_RUN");
            io.checkAvailable();
            try (Materializer materializer = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, io)
                    .build()) {
                MaterializeResult result = materializer.materializeAll();
                assertThat(result.isSuccess()).isTrue();
            }
        }
        assertThat(computed).hasValue(3);
        assertThat(tablesOf("FIRST_RUN")).contains("AVAIL_A", "AVAIL_B", "AVAIL_C");
    }

    @Test
    void theDriversLoginTimeoutIsBoundedByDefaultAndCanBeChanged() {
        assertThat(emulatorIo().build().settings().property("loginTimeout")).isEqualTo("30");
        assertThat(emulatorIo().loginTimeout(java.time.Duration.ofSeconds(90)).build().settings()
                .property("loginTimeout")).isEqualTo("90");
        assertThat(emulatorIo().property("loginTimeout", "120").build().settings().property("loginTimeout"))
                .isEqualTo("120");
    }
}
