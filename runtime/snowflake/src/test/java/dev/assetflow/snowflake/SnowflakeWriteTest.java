package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.AllTypes;
import dev.assetflow.runtime.io.Samples;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * What the Snowflake IO manager sends while writing, seen by the emulator through the real driver: the SQL
 * jOOQ renders (quoted upper-case names, Snowflake's types), no row-by-row INSERT, several stage files for
 * a large write, no staging table or stage file left after a failure, concurrent writers from two IO
 * managers (as from two processes), and partitions.
 */
class SnowflakeWriteTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static SnowflakeEmulator emulator;

    private String schema;
    private SnowflakeIOManager io;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void openIoManager() {
        schema = "WRITES_" + SCHEMAS.incrementAndGet();
        io = ioManager(64 * 1024);
        emulator.clearReceivedSql();
    }

    @AfterEach
    void closeIoManager() {
        io.close();
    }

    private SnowflakeIOManager ioManager(long stageFileSize) {
        return SnowflakeIOManager.builder().url(emulator.jdbcUrl()).user(SnowflakeEmulator.DEFAULT_USER)
                .password(SnowflakeEmulator.DEFAULT_PASSWORD).database(emulator.database()).schema(schema)
                .stageFileSize(stageFileSize).build();
    }

    private static TableSlice slice(String asset) {
        return new TableSlice(asset, null, asset);
    }

    private static Stream<Sale> sales(long count, String owner) {
        return LongStream.rangeClosed(1, count).mapToObj(i -> new Sale(i, owner, i * 0.5, LocalDate.of(2024, 1, 1)));
    }

    @Test
    void createsQuotedUpperCaseNamesWithSnowflakeTypes() {
        io.write(slice("all_types"), AllTypes.ROW_TYPE, Samples.all().stream());

        String columns = " (\"FLAG\" BOOLEAN not null, \"TINY\" NUMBER(3) not null, \"SMALL\" NUMBER(5) not null, "
                + "\"NUMBER\" NUMBER(10) not null, \"BIG\" NUMBER(19) not null, \"REAL\" FLOAT not null, "
                + "\"DBL\" FLOAT not null, \"AMOUNT\" NUMBER(18, 3) not null, \"TEXT\" VARCHAR not null, "
                + "\"DAY\" DATE not null, \"TIME\" TIME(6) not null, \"STAMP\" TIMESTAMP_NTZ(6) not null, "
                + "\"INSTANT\" TIMESTAMP_TZ(6) not null, \"OFFSET\" TIMESTAMP_TZ(6) not null, "
                + "\"UUID\" VARCHAR(36) not null, \"BYTES\" BINARY not null, \"COLOR\" VARCHAR not null)";
        // jOOQ renders TEMPORARY as GLOBAL TEMPORARY, which Snowflake takes as TEMPORARY.
        String staging = "\"" + schema + "\"\\.\"ALL_TYPES__ASSETFLOW_STAGING_[0-9]{14}_[0-9A-F]{8}\"";
        assertThat(emulator.receivedSql())
                .anySatisfy(s -> assertThat(s).matches("create global temporary table " + staging + "\\Q" + columns
                        + "\\E"))
                .contains("create table if not exists \"" + schema + "\".\"ALL_TYPES\"" + columns);
        assertThat(emulator.receivedSql())
                .anySatisfy(s -> assertThat(s).matches("copy into " + staging + " \\(\"FLAG\", \"TINY\", .*\\) from @.*"))
                .containsSubsequence("begin", "delete from \"" + schema + "\".\"ALL_TYPES\"", "commit")
                .anySatisfy(s -> assertThat(s).matches("insert into \"" + schema + "\"\\.\"ALL_TYPES\" \\(\"FLAG\", .*\\)"
                        + " select \"FLAG\", .* from " + staging))
                .noneSatisfy(s -> assertThat(s).contains("swap"));
        // Users query the table unquoted, as Snowflake users expect.
        assertThat(emulator.query("select count(*) from " + schema + ".all_types")).containsExactly(List.of("4"));
        assertThat(emulator.query("select text from " + schema + ".all_types where tiny = 7"))
                .containsExactly(List.of("plain"));
    }

    @Test
    void writesNoRowByRow() {
        io.write(slice("sales"), Sale.ROW_TYPE, sales(2_000, "ann"));
        io.write(slice("sales"), Sale.ROW_TYPE, sales(3_000, "bob"));

        // The only INSERT moves rows from the staging table: INSERT ... SELECT, never VALUES.
        assertThat(emulator.receivedSql()).filteredOn(s -> s.strip().toLowerCase(Locale.ROOT).startsWith("insert"))
                .hasSize(2).allSatisfy(s -> assertThat(s).contains(" select ").contains("__ASSETFLOW_STAGING_")
                        .doesNotContainIgnoringCase("values"));
        // Bound values only in catalog look-ups, one row each: no array-bound batch of rows.
        assertThat(emulator.receivedQueries()).allSatisfy(q -> assertThat(q.bindingRows()).isLessThanOrEqualTo(1))
                .filteredOn(q -> q.bindingRows() > 0)
                .allSatisfy(q -> assertThat(q.sql()).startsWith("select").contains("INFORMATION_SCHEMA"));
        assertThat(emulator.query("select count(*), min(owner), max(owner) from " + schema + ".sales"))
                .containsExactly(List.of("3000", "bob", "bob"));
    }

    @Test
    void aWriteLargerThanTheFileSizeUploadsSeveralStageFiles() {
        // About 30 bytes of CSV per row: 10,000 rows are ~300 KB, more than four files of 64 KiB.
        assertThat(io.write(slice("big"), Sale.ROW_TYPE, sales(10_000, "ann"))).isEqualTo(10_000);

        List<String> puts = emulator.receivedSql().stream().filter(s -> s.strip().toLowerCase(Locale.ROOT)
                .startsWith("put ")).toList();
        assertThat(puts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(puts).allSatisfy(put -> assertThat(put).contains("ASSETFLOW_STAGE_"));
        assertThat(emulator.query("select count(*), sum(id) from " + schema + ".big"))
                .containsExactly(List.of("10000", "50005000"));
        assertThat(stageFiles()).isEmpty();
    }

    @Test
    void aStreamThatFailsLeavesTheTableAndNoStagingTableOrStageFile() {
        io.write(slice("sales"), Sale.ROW_TYPE, sales(3, "old"));
        Stream<Sale> failing = sales(5_000, "new").peek(s -> {
            if (s.id() == 4_000) {
                throw new IllegalStateException("upstream broke at row 4000");
            }
        });

        assertThatThrownBy(() -> io.write(slice("sales"), Sale.ROW_TYPE, failing))
                .hasMessageContaining("upstream broke at row 4000");

        assertThat(emulator.query("select owner, count(*) from " + schema + ".sales group by owner"))
                .containsExactly(List.of("old", "3"));
        assertThat(tablesOfSchema()).containsExactly("SALES");
        assertThat(stageFiles()).isEmpty();
        assertThat(emulator.receivedSql()).anySatisfy(s -> assertThat(s).startsWith("drop table if exists")
                .contains("__ASSETFLOW_STAGING_"));
    }

    @Test
    void aNullInANotNullColumnLeavesTheTableAndNoStagingTable() {
        io.write(slice("sales"), Sale.ROW_TYPE, sales(3, "old"));
        Stream<Sale> withNull = Stream.of(new Sale(1, "new", 1.0, LocalDate.of(2024, 1, 1)),
                new Sale(2, null, 2.0, LocalDate.of(2024, 1, 1)));

        assertThatThrownBy(() -> io.write(slice("sales"), Sale.ROW_TYPE, withNull))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("sales").hasMessageContaining("OWNER");

        assertThat(emulator.query("select owner, count(*) from " + schema + ".sales group by owner"))
                .containsExactly(List.of("old", "3"));
        assertThat(tablesOfSchema()).containsExactly("SALES");
        assertThat(stageFiles()).isEmpty();
    }

    /**
     * Two IO managers do not share the in-JVM lock, like two processes: each loads a staging table of its
     * own, both writes succeed, and the table holds one writer's rows, never a mix or none.
     */
    @Test
    void twoWritersOfTheSameAssetBothSucceedAndTheTableHoldsOneOfThem() throws Exception {
        io.write(slice("shared"), Sale.ROW_TYPE, sales(10, "first"));
        try (SnowflakeIOManager other = ioManager(64 * 1024)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 5; round++) {
                    CyclicBarrier start = new CyclicBarrier(2);
                    Future<Long> a = pool.submit(writer(start, io, "ann", 1_500));
                    Future<Long> b = pool.submit(writer(start, other, "bob", 2_500));
                    assertThat(a.get()).isEqualTo(1_500);
                    assertThat(b.get()).isEqualTo(2_500);
                    List<List<String>> owners = emulator.query("select owner, count(*) from " + schema
                            + ".shared group by owner");
                    assertThat(owners).isIn(List.of(List.of("ann", "1500")), List.of(List.of("bob", "2500")));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(tablesOfSchema()).containsExactly("SHARED");
        assertThat(stageFiles()).isEmpty();
    }

    private static Callable<Long> writer(CyclicBarrier start, SnowflakeIOManager io, String owner, long rows) {
        return () -> {
            start.await();
            return io.write(slice("shared"), Sale.ROW_TYPE, sales(rows, owner));
        };
    }

    @Test
    void writingOnePartitionKeepsTheOthers() {
        LocalDate first = LocalDate.of(2024, 1, 1);
        LocalDate second = LocalDate.of(2024, 1, 2);
        io.write(daySlice(first), Sale.ROW_TYPE, Stream.of(new Sale(1, "a", 1.0, first), new Sale(2, "a", 2.0, first)));
        io.write(daySlice(second), Sale.ROW_TYPE, Stream.of(new Sale(3, "b", 3.0, second)));

        io.write(daySlice(first), Sale.ROW_TYPE, Stream.of(new Sale(4, "c", 4.0, first)));

        assertThat(emulator.query("select id, owner, day from " + schema + ".daily order by id")).containsExactly(
                List.of("3", "b", "2024-01-02"), List.of("4", "c", "2024-01-01"));
        try (Stream<Sale> secondDay = io.read(daySlice(second), Sale.ROW_TYPE)) {
            assertThat(secondDay).containsExactly(new Sale(3, "b", 3.0, second));
        }
        assertThatThrownBy(() -> io.write(daySlice(second), Sale.ROW_TYPE,
                Stream.of(new Sale(5, "d", 5.0, first))))
                .isInstanceOf(StorageException.class).hasMessageContaining("daily");
        assertThat(emulator.query("select count(*) from " + schema + ".daily")).containsExactly(List.of("2"));
        assertThat(tablesOfSchema()).containsExactly("DAILY");
    }

    private static TableSlice daySlice(LocalDate day) {
        return new TableSlice("daily", null, "daily", TablePartition.value(day.toString(), "day", day));
    }

    private List<String> tablesOfSchema() {
        return emulator.query("select table_name from information_schema.tables where table_schema = '" + schema
                + "' order by table_name").stream().map(row -> row.get(0)).toList();
    }

    private static List<Path> stageFiles() {
        try (Stream<Path> files = Files.walk(emulator.stageRoot())) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
