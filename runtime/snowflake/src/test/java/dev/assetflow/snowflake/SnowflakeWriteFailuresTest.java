package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.snowflake.SnowflakeConcurrentWritersTest.DaySale;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A writer killed mid-write (its Snowflake session ends as a killed client's does, see
 * {@link SnowflakeEmulator#killSessionAtNext}) leaves no staging table behind, or one that the next write
 * sweeps once it is stale; a SWAP whose reply is lost is reported as what happened.
 */
class SnowflakeWriteFailuresTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    private static SnowflakeEmulator emulator;

    private String schema;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void newSchema() {
        schema = "FAILURES_" + SCHEMAS.incrementAndGet();
    }

    private SnowflakeIOManager.Builder builder() {
        return SnowflakeIOManager.builder().url(emulator.jdbcUrl()).user(SnowflakeEmulator.DEFAULT_USER)
                .password(SnowflakeEmulator.DEFAULT_PASSWORD).database(emulator.database()).schema(schema);
    }

    /** The statement after the load: the COMMIT's transaction (or, before it, the SWAP). */
    private static boolean afterTheLoad(String sql) {
        return sql.equals("begin") || sql.contains(" swap with ");
    }

    @Test
    void aWriterKilledAfterLoadingLeavesTheTableAndNoStagingTable() {
        try (SnowflakeIOManager io = builder().build()) {
            io.write(slice("sales"), Sale.ROW_TYPE, sales(3, "old"));
            emulator.killSessionAtNext(SnowflakeWriteFailuresTest::afterTheLoad);

            assertThatThrownBy(() -> io.write(slice("sales"), Sale.ROW_TYPE, sales(5, "new")))
                    .isInstanceOf(StorageException.class);

            assertThat(emulator.query("select owner, count(*) from " + schema + ".sales group by owner"))
                    .containsExactly(List.of("old", "3"));
            // Nothing in the schema but the table, seen from another session and in the emulator's storage.
            assertThat(tables()).containsExactly("SALES");
            assertThat(storedTables()).containsExactly("SALES");
            // The IO manager goes on with a new session.
            assertThat(io.write(slice("sales"), Sale.ROW_TYPE, sales(5, "new"))).isEqualTo(5);
        }
    }

    @Test
    void aKilledSchemaChangeLeavesAStagingTableThatTheNextWriteSweepsOnceStale() {
        try (SnowflakeIOManager io = builder().build();
                SnowflakeIOManager replacing = builder().schemaPolicy(SchemaPolicy.REPLACE).build()) {
            io.write(slice("changing"), Sale.ROW_TYPE, sales(3, "old"));
            // Killed while loading: the writer's own clean-up cannot reach Snowflake any more.
            emulator.killSessionAtNext(sql -> sql.startsWith("copy into"));

            assertThatThrownBy(() -> replacing.write(slice("changing"), DaySale.ROW_TYPE,
                    Stream.of(new DaySale(1, "new", DAY)))).isInstanceOf(StorageException.class);

            assertThat(tables()).hasSize(2).contains("CHANGING")
                    .anySatisfy(t -> assertThat(t).matches("CHANGING__ASSETFLOW_STAGING_[0-9]{14}_[0-9A-F]{8}"));
        }
        // A new process with the default age (24 h) keeps a staging table a running write may still fill.
        try (SnowflakeIOManager next = builder().build()) {
            next.write(slice("other"), Sale.ROW_TYPE, sales(1, "x"));
            assertThat(tables()).hasSize(3);
        }
        try (SnowflakeIOManager next = builder().staleStagingTableAge(Duration.ZERO).build()) {
            next.write(slice("other"), Sale.ROW_TYPE, sales(1, "x"));
            assertThat(tables()).containsExactly("CHANGING", "OTHER");
            assertThat(emulator.query("select owner, count(*) from " + schema + ".changing group by owner"))
                    .containsExactly(List.of("old", "3"));
        }
    }

    @Test
    void aSwapWhoseReplyIsLostIsReportedAsTheSwapItWas() {
        try (SnowflakeIOManager io = builder().build();
                SnowflakeIOManager replacing = builder().schemaPolicy(SchemaPolicy.REPLACE).build()) {
            io.write(slice("swapped"), Sale.ROW_TYPE, sales(3, "old"));
            emulator.loseReplyOfNext(sql -> sql.contains(" swap with "));

            long written = replacing.write(slice("swapped"), DaySale.ROW_TYPE,
                    Stream.of(new DaySale(1, "new", DAY), new DaySale(2, "new", DAY)));

            assertThat(written).isEqualTo(2);
            assertThat(emulator.query("select id, owner from " + schema + ".swapped order by id"))
                    .containsExactly(List.of("1", "new"), List.of("2", "new"));
            assertThat(tables()).containsExactly("SWAPPED");
        }
    }

    @Test
    void aSwapThatNeverRanIsReportedAsFailedAndTheTableKeepsItsRows() {
        try (SnowflakeIOManager io = builder().build();
                SnowflakeIOManager replacing = builder().schemaPolicy(SchemaPolicy.REPLACE).build()) {
            io.write(slice("kept"), Sale.ROW_TYPE, sales(3, "old"));
            // The session ends instead of the SWAP: the check has to use a new session.
            emulator.killSessionAtNext(sql -> sql.contains(" swap with "));

            assertThatThrownBy(() -> replacing.write(slice("kept"), DaySale.ROW_TYPE,
                    Stream.of(new DaySale(1, "new", DAY)))).isInstanceOf(StorageException.class)
                    .hasMessageContaining("keeps its previous rows");

            assertThat(emulator.query("select owner, count(*), max(amount) from " + schema + ".kept group by owner"))
                    .containsExactly(List.of("old", "3", "1.5"));
            assertThat(tables()).containsExactly("KEPT");
        }
    }

    @Test
    void aCommitWhoseReplyIsLostIsReportedAsTheCommitItWas() {
        try (SnowflakeIOManager io = builder().build()) {
            io.write(daily("committed"), Sale.ROW_TYPE, sales(3, "old"));
            emulator.loseReplyOfNext(sql -> sql.equals("commit"));

            assertThat(io.write(daily("committed"), Sale.ROW_TYPE, sales(5, "new"))).isEqualTo(5);

            assertThat(emulator.query("select owner, count(*) from " + schema + ".committed group by owner"))
                    .containsExactly(List.of("new", "5"));
        }
    }

    @Test
    void aCommitWhoseOutcomeCannotBeFoundOutIsReportedAsUnknown() {
        try (SnowflakeIOManager io = builder().build()) {
            io.write(daily("unknown"), Sale.ROW_TYPE, sales(3, "old"));
            // The session ends instead of the COMMIT: its temporary staging table goes with it.
            emulator.killSessionAtNext(sql -> sql.equals("commit"));

            assertThatThrownBy(() -> io.write(daily("unknown"), Sale.ROW_TYPE, sales(5, "new")))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("whether it committed could not be found out")
                    .hasMessageNotContaining("keeps its previous rows");

            assertThat(emulator.query("select owner, count(*) from " + schema + ".unknown group by owner"))
                    .containsExactly(List.of("old", "3"));
        }
    }

    private static TableSlice slice(String asset) {
        return new TableSlice(asset, null, asset);
    }

    private static TableSlice daily(String asset) {
        return new TableSlice(asset, null, asset, TablePartition.value(DAY.toString(), "day", DAY));
    }

    private static Stream<Sale> sales(long count, String owner) {
        return LongStream.rangeClosed(1, count).mapToObj(i -> new Sale(i, owner, i * 0.5, DAY));
    }

    private List<String> tables() {
        return emulator.query("select table_name from information_schema.tables where table_schema = '" + schema
                + "' order by table_name").stream().map(row -> row.get(0)).toList();
    }

    /** Every table of the schema in the emulator's DuckDB, temporary ones of live sessions included. */
    private List<String> storedTables() {
        try (Connection duckDb = emulator.openDuckDbConnection();
                Statement statement = duckDb.createStatement();
                ResultSet rs = statement.executeQuery("select table_name from duckdb_tables() where schema_name = '"
                        + schema + "' order by table_name")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
