package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaMismatchException;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two writers of different partitions of one asset, as two processes backfilling at once: two IO manager
 * instances (no lock in common) against one emulator database, starting each write together. Every
 * partition either writer committed must survive, whatever the interleaving; and {@link SchemaPolicy#REPLACE}
 * never drops the other partitions.
 */
class SnowflakeConcurrentWritersTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static SnowflakeEmulator emulator;

    private String schema;
    private SnowflakeIOManager first;
    private SnowflakeIOManager second;
    private ExecutorService pool;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void open() {
        schema = "CONCURRENT_" + SCHEMAS.incrementAndGet();
        first = ioManager(SchemaPolicy.FAIL);
        second = ioManager(SchemaPolicy.FAIL);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        first.close();
        second.close();
    }

    private SnowflakeIOManager ioManager(SchemaPolicy policy) {
        return SnowflakeIOManager.builder().url(emulator.jdbcUrl()).user(SnowflakeEmulator.DEFAULT_USER)
                .password(SnowflakeEmulator.DEFAULT_PASSWORD).database(emulator.database()).schema(schema)
                .schemaPolicy(policy).build();
    }

    /** Each round, each writer replaces its own partition: both partitions hold that round's rows. */
    @Test
    void twoWritersRewritingTheirOwnPartitionsNeverRevertEachOther() throws Exception {
        LocalDate jan2 = JAN_1.plusDays(1);
        for (int round = 0; round < 12; round++) {
            String a = "a" + round;
            String b = "b" + round;
            together(() -> first.write(daily("daily", JAN_1), Sale.ROW_TYPE, sales(JAN_1, 200, a)),
                    () -> second.write(daily("daily", jan2), Sale.ROW_TYPE, sales(jan2, 300, b)));
            assertThat(query("select day, owner, count(*) from " + schema + ".daily group by day, owner order by day"))
                    .as("round %d", round)
                    .containsExactly(List.of("2024-01-01", a, "200"), List.of("2024-01-02", b, "300"));
        }
        assertThat(tables()).containsExactly("DAILY");
    }

    /** A backfill by two processes: each round adds a new partition from each writer; none is lost. */
    @Test
    void twoBackfillsOfDifferentPartitionsKeepEveryPartition() throws Exception {
        int rounds = 10;
        for (int round = 0; round < rounds; round++) {
            LocalDate even = JAN_1.plusDays(2L * round);
            LocalDate odd = even.plusDays(1);
            together(() -> first.write(daily("backfill", even), Sale.ROW_TYPE, sales(even, 100, "even")),
                    () -> second.write(daily("backfill", odd), Sale.ROW_TYPE, sales(odd, 100, "odd")));
        }
        List<List<String>> days = query("select day, count(*) from " + schema + ".backfill group by day order by day");
        assertThat(days).hasSize(2 * rounds).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("100"));
    }

    /** The table does not exist yet when both writers start: both partitions are in it afterwards. */
    @Test
    void twoWritersOfATableThatDoesNotExistYetKeepBothPartitions() throws Exception {
        LocalDate jan2 = JAN_1.plusDays(1);
        for (int round = 0; round < 8; round++) {
            String asset = "fresh_" + round;
            together(() -> first.write(daily(asset, JAN_1), Sale.ROW_TYPE, sales(JAN_1, 50, "a")),
                    () -> second.write(daily(asset, jan2), Sale.ROW_TYPE, sales(jan2, 70, "b")));
            assertThat(query("select day, count(*) from " + schema + "." + asset + " group by day order by day"))
                    .as("round %d", round)
                    .containsExactly(List.of("2024-01-01", "50"), List.of("2024-01-02", "70"));
        }
    }

    /** {@code record DaySale(long id, String owner, LocalDate day)}: Sale without its amount. */
    record DaySale(long id, String owner, LocalDate day) {
        static final RowType<DaySale> ROW_TYPE = RowType.of("DaySale",
                List.of(Column.of("id", ColumnType.BIGINT, false), Column.of("owner", ColumnType.VARCHAR, false),
                        Column.of("day", ColumnType.DATE, false)),
                (row, sink) -> {
                    sink.putLong(row.id());
                    sink.putString(row.owner());
                    sink.putDate(row.day());
                },
                source -> new DaySale(source.getLong(0), source.getString(1), source.getDate(2)));
    }

    /**
     * REPLACE on one partition would recreate the table without the other partitions: it is refused, naming
     * the asset, the table and the partition, and every partition keeps its rows and columns.
     */
    @Test
    void replacePolicyOnOnePartitionIsRefusedAndKeepsEveryPartition() {
        LocalDate jan2 = JAN_1.plusDays(1);
        first.write(daily("changing", JAN_1), Sale.ROW_TYPE, sales(JAN_1, 3, "old"));
        first.write(daily("changing", jan2), Sale.ROW_TYPE, sales(jan2, 4, "kept"));

        try (SnowflakeIOManager replacing = ioManager(SchemaPolicy.REPLACE)) {
            assertThatThrownBy(() -> replacing.write(daily("changing", JAN_1), DaySale.ROW_TYPE,
                    Stream.of(new DaySale(10, "new", JAN_1))))
                    .isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("asset 'changing'").hasMessageContaining(schema + ".CHANGING")
                    .hasMessageContaining("SchemaPolicy.REPLACE").hasMessageContaining("partition 2024-01-01");
        }

        assertThat(query("select day, owner, count(*) from " + schema + ".changing group by day, owner order by day"))
                .containsExactly(List.of("2024-01-01", "old", "3"), List.of("2024-01-02", "kept", "4"));
        assertThat(query("select column_name from information_schema.columns where table_schema = '" + schema
                + "' and table_name = 'CHANGING' order by ordinal_position"))
                .containsExactly(List.of("ID"), List.of("OWNER"), List.of("AMOUNT"), List.of("DAY"));
        assertThat(tables()).containsExactly("CHANGING");
    }

    private void together(Callable<Long> one, Callable<Long> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Long> a = pool.submit(() -> {
            start.await();
            return one.call();
        });
        Future<Long> b = pool.submit(() -> {
            start.await();
            return other.call();
        });
        a.get();
        b.get();
    }

    private static TableSlice daily(String asset, LocalDate day) {
        return new TableSlice(asset, null, asset, TablePartition.value(day.toString(), "day", day));
    }

    private static Stream<Sale> sales(LocalDate day, long count, String owner) {
        return LongStream.rangeClosed(1, count).mapToObj(i -> new Sale(i, owner, i * 0.5, day));
    }

    private List<String> tables() {
        return query("select table_name from information_schema.tables where table_schema = '" + schema
                + "' order by table_name").stream().map(row -> row.get(0)).toList();
    }

    static List<List<String>> query(String sql) {
        try (Connection connection = DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }
}
