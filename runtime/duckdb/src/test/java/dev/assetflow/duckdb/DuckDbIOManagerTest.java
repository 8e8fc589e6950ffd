package dev.assetflow.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.AllTypes;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.Samples;
import dev.assetflow.runtime.io.SchemaMismatchException;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.MaybeEveryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbIOManagerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final TableSlice SALES = new TableSlice("sales", null, "sales");
    private static final List<Sale> OLD_SALES = List.of(new Sale(1, "ann", 10.0, DAY), new Sale(2, "bob", null, DAY),
            new Sale(3, "cid", 2.5, DAY));

    @TempDir
    Path directory;
    private String url;
    private DuckDbIOManager io;

    @BeforeEach
    void open() {
        url = "jdbc:duckdb:" + directory.resolve("warehouse.duckdb");
        io = DuckDbIOManager.fromUrl(url);
    }

    @AfterEach
    void close() {
        io.close();
    }

    private <T> List<T> read(DuckDbIOManager manager, TableSlice slice, RowType<T> rowType) {
        try (Stream<T> rows = manager.read(slice, rowType)) {
            return rows.toList();
        }
    }

    @Test
    void roundTripsEveryColumnTypeWithExtremesAndUnicode() {
        TableSlice slice = new TableSlice("all_types", null, "all_types");

        assertThat(io.write(slice, AllTypes.ROW_TYPE, Samples.all().stream())).isEqualTo(4);

        assertThat(read(io, slice, AllTypes.ROW_TYPE)).usingRecursiveFieldByFieldElementComparator(Samples.exact())
                .containsExactlyElementsOf(Samples.all());
    }

    @Test
    void roundTripsNullsAndValuesOfNullableColumns() {
        TableSlice slice = new TableSlice("maybe", "staging", "maybe");
        MaybeEveryType full = new MaybeEveryType(2, false, (byte) -1, (short) 2, 3, 4L, 5.5f, 6.5,
                new BigDecimal("1.5000000000"), "ü", LocalDate.of(2020, 1, 2), LocalTime.of(1, 2, 3),
                LocalDateTime.of(2020, 1, 2, 3, 4, 5), Instant.parse("2020-01-02T03:04:05Z"), null, UUID.randomUUID(),
                new byte[] {9});
        List<MaybeEveryType> rows = List.of(MaybeEveryType.nulls(1), full);

        io.write(slice, MaybeEveryType.ROW_TYPE, rows.stream());

        assertThat(read(io, slice, MaybeEveryType.ROW_TYPE)).usingRecursiveFieldByFieldElementComparator(Samples.exact())
                .containsExactlyElementsOf(rows);
    }

    @Test
    void createsTheTableWithMappedTypesAndNotNullColumns() throws SQLException {
        io.write(new TableSlice("all_types", null, "all_types"), AllTypes.ROW_TYPE, Stream.empty());
        io.close();

        List<String> columns = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select column_name, data_type, is_nullable"
                        + " from information_schema.columns where table_name = 'all_types' order by ordinal_position")) {
            while (result.next()) {
                columns.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3));
            }
        }
        io = DuckDbIOManager.fromUrl(url);
        assertThat(columns).containsExactly("flag BOOLEAN NO", "tiny TINYINT NO", "small SMALLINT NO",
                "number INTEGER NO", "big BIGINT NO", "real FLOAT NO", "dbl DOUBLE NO", "amount DECIMAL(18,3) NO",
                "text VARCHAR NO", "day DATE NO", "time TIME NO", "stamp TIMESTAMP NO",
                "instant TIMESTAMP WITH TIME ZONE NO", "offset TIMESTAMP WITH TIME ZONE NO", "uuid UUID NO",
                "bytes BLOB NO", "color VARCHAR NO");
    }

    @Test
    void emptyStreamLeavesAnEmptyTable() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());

        assertThat(io.write(SALES, Sale.ROW_TYPE, Stream.empty())).isZero();

        assertThat(read(io, SALES, Sale.ROW_TYPE)).isEmpty();
    }

    @Test
    void rowsSurviveReopeningTheFile() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());
        io.close();

        io = DuckDbIOManager.fromUrl(url);

        assertThat(read(io, SALES, Sale.ROW_TYPE)).containsExactlyElementsOf(OLD_SALES);
    }

    @Test
    void projectionReadsOnlyTheInputsColumns() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());

        assertThat(read(io, SALES, Sale.OwnerAmount.ROW_TYPE)).containsExactly(
                new Sale.OwnerAmount("ann", 10.0), new Sale.OwnerAmount("bob", null), new Sale.OwnerAmount("cid", 2.5));
    }

    @Test
    void readingAMissingTableAsksWhetherTheAssetWasMaterialized() {
        assertThatThrownBy(() -> io.read(SALES, Sale.ROW_TYPE))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("table main.sales does not exist")
                .hasMessageContaining("has asset 'sales' been materialized?");
    }

    @Test
    void readingAMissingColumnNamesIt() {
        io.write(SALES, Sale.OwnerAmount.ROW_TYPE, Stream.of(new Sale.OwnerAmount("ann", 1.0)));

        assertThatThrownBy(() -> io.read(SALES, Sale.ROW_TYPE))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("table main.sales has no column 'id'")
                .hasMessageContaining("asset 'sales'");
    }

    @Test
    void readingNullIntoANonNullComponentNamesAssetTableAndColumn() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());
        RowType<Double> amounts = RowType.of("Amount", List.of(Column.of("amount", ColumnType.DOUBLE, false)),
                (row, sink) -> sink.putDouble(row), source -> source.getDouble(0));

        assertThatThrownBy(() -> read(io, SALES, amounts))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("reading asset 'sales'")
                .hasMessageContaining("column 'amount' of table main.sales holds NULL");
    }

    @Test
    void schemaMismatchFailsWithADiffAndLeavesTheTable() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());
        RowType<Object[]> changed = RowType.of("Changed", List.of(
                        Column.of("id", ColumnType.BIGINT, false),
                        Column.of("owner", ColumnType.VARCHAR, false),
                        Column.of("amount", ColumnType.DOUBLE, false),
                        Column.of("region", ColumnType.VARCHAR, true)),
                (row, sink) -> {
                    sink.putLong(1);
                    sink.putString("x");
                    sink.putDouble(1);
                    sink.putString(null);
                },
                source -> new Object[0]);

        assertThatThrownBy(() -> io.write(SALES, changed, Stream.<Object[]>of(new Object[0])))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("asset 'sales': table main.sales does not match")
                .hasMessageContaining("nothing was changed")
                .hasMessageMatching("(?s).*amount +DOUBLE NOT NULL +DOUBLE\\n.*")
                .hasMessageMatching("(?s).*region +VARCHAR +\\(missing\\).*")
                .hasMessageMatching("(?s).*day +\\(not in the row type\\) +DATE NOT NULL.*")
                .satisfies(e -> assertThat(((SchemaMismatchException) e).columns())
                        .containsExactly("amount", "region", "day"));

        assertThat(read(io, SALES, Sale.ROW_TYPE)).containsExactlyElementsOf(OLD_SALES);
    }

    @Test
    void replacePolicyRecreatesTheTable() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());
        try (DuckDbIOManager replacing = DuckDbIOManager.builder(url).schemaPolicy(SchemaPolicy.REPLACE).build()) {
            replacing.write(SALES, Sale.OwnerTotal.ROW_TYPE, Stream.of(new Sale.OwnerTotal("ann", 12.5)));

            assertThat(read(replacing, SALES, Sale.OwnerTotal.ROW_TYPE)).containsExactly(new Sale.OwnerTotal("ann", 12.5));
            assertThatThrownBy(() -> replacing.read(SALES, Sale.ROW_TYPE)).hasMessageContaining("no column 'id'");
        }
    }

    @Test
    void addColumnsPolicyAddsNewNullableColumnsOnly() {
        io.write(SALES, Sale.OwnerAmount.ROW_TYPE, Stream.of(new Sale.OwnerAmount("ann", 1.0)));
        RowType<String[]> wider = RowType.of("Wider", List.of(
                        Column.of("owner", ColumnType.VARCHAR, false),
                        Column.of("amount", ColumnType.DOUBLE, true),
                        Column.of("region", ColumnType.VARCHAR, true)),
                (row, sink) -> {
                    sink.putString(row[0]);
                    sink.putNull();
                    sink.putString(row[1]);
                },
                source -> new String[] {source.getString(0), source.getString(2)});
        try (DuckDbIOManager adding = DuckDbIOManager.builder(url).schemaPolicy(SchemaPolicy.ADD_COLUMNS).build()) {
            adding.write(SALES, wider, Stream.<String[]>of(new String[] {"bob", "north"}));

            assertThat(read(adding, SALES, wider)).containsExactly(new String[] {"bob", "north"});
            assertThatThrownBy(() -> adding.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream()))
                    .isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("ADD_COLUMNS only adds new nullable columns");
        }
    }

    @Test
    void exceptionHalfWayThroughTheStreamLeavesThePreviousRows() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());
        Stream<Sale> failing = LongStream.rangeClosed(1, 10_000).mapToObj(i -> {
            if (i == 5_000) {
                throw new IllegalStateException("source broke at row 5000");
            }
            return new Sale(i, "new", 1.0, DAY);
        });

        assertThatThrownBy(() -> io.write(SALES, Sale.ROW_TYPE, failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("source broke at row 5000");

        assertThat(read(io, SALES, Sale.ROW_TYPE)).containsExactlyElementsOf(OLD_SALES);
    }

    @Test
    void readersSeeTheOldRowsWhileAWriteIsUnderWayAndTheNewRowsAfterIt() throws Exception {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());
        java.util.concurrent.CountDownLatch halfWritten = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch checked = new java.util.concurrent.CountDownLatch(1);
        Stream<Sale> slow = LongStream.rangeClosed(1, 6_000).mapToObj(i -> {
            if (i == 5_000) {
                halfWritten.countDown();
                try {
                    checked.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new Sale(i, "new", 1.0, DAY);
        });
        java.util.concurrent.CompletableFuture<Long> writing =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> io.write(SALES, Sale.ROW_TYPE, slow));
        try {
            assertThat(halfWritten.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            assertThat(read(io, SALES, Sale.ROW_TYPE)).containsExactlyElementsOf(OLD_SALES);
        } finally {
            checked.countDown();
        }

        assertThat(writing.get()).isEqualTo(6_000);
        assertThat(read(io, SALES, Sale.ROW_TYPE)).hasSize(6_000).allMatch(s -> s.owner().equals("new"));
    }

    @Test
    void nullInANotNullColumnNamesAssetTableColumnAndRowAndLeavesThePreviousRows() {
        io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());
        Stream<Sale> rows = LongStream.rangeClosed(1, 3_000)
                .mapToObj(i -> new Sale(i, i == 2_500 ? null : "x", 1.0, DAY));

        assertThatThrownBy(() -> io.write(SALES, Sale.ROW_TYPE, rows))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("asset 'sales'")
                .hasMessageContaining("row 2500 has null in column 'owner' of table main.sales, which is NOT NULL");

        assertThat(read(io, SALES, Sale.ROW_TYPE)).containsExactlyElementsOf(OLD_SALES);
    }

    @Test
    void decimalThatDoesNotFitFailsInsteadOfRounding() {
        TableSlice slice = new TableSlice("all_types", null, "all_types");
        AllTypes tooPrecise = new AllTypes(true, (byte) 0, (short) 0, 0, 0, 0, 0, new BigDecimal("1.2345"), "",
                DAY, LocalTime.NOON, DAY.atStartOfDay(), Instant.EPOCH, Samples.ORDINARY.offset(), new UUID(1, 1),
                new byte[0], AllTypes.Color.RED);

        assertThatThrownBy(() -> io.write(slice, AllTypes.ROW_TYPE, Stream.of(tooPrecise)))
                .hasMessageContaining("row 1 has 1.2345 in column 'amount' of table main.all_types")
                .hasMessageContaining("DECIMAL(18, 3)");
    }

    @Test
    void managersOnTheSameFileShareOneDatabase() {
        try (DuckDbIOManager second = DuckDbIOManager.fromUrl(url)) {
            io.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());

            assertThat(read(second, SALES, Sale.ROW_TYPE)).containsExactlyElementsOf(OLD_SALES);
        }
        assertThat(read(io, SALES, Sale.ROW_TYPE)).hasSize(3);
    }

    @Test
    void readsAreStreamedByTheDriver() throws SQLException {
        try (Connection connection = DuckDbDatabase.acquire(url).connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_setting('jdbc_stream_results')")) {
            result.next();
            assertThat(result.getBoolean(1)).isTrue();
        }
    }

    @Test
    void inMemoryUrlGivesEachManagerItsOwnDatabase() {
        try (DuckDbIOManager first = DuckDbIOManager.fromUrl("jdbc:duckdb:");
                DuckDbIOManager second = DuckDbIOManager.fromUrl("jdbc:duckdb:")) {
            first.write(SALES, Sale.ROW_TYPE, OLD_SALES.stream());

            assertThat(read(first, SALES, Sale.ROW_TYPE)).hasSize(3);
            assertThatThrownBy(() -> second.read(SALES, Sale.ROW_TYPE)).hasMessageContaining("does not exist");
        }
    }
}
