package dev.assetflow.postgres;

import static dev.assetflow.postgres.PostgresRowTypes.ALL_TYPES;
import static dev.assetflow.postgres.PostgresRowTypes.NARROW_SALE;
import static dev.assetflow.postgres.PostgresRowTypes.OWNER_AMOUNT;
import static dev.assetflow.postgres.PostgresRowTypes.WIDE_ID;
import static dev.assetflow.testing.ContractRows.SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.postgres.PostgresRowTypes.NarrowSale;
import dev.assetflow.postgres.PostgresRowTypes.OwnerAmount;
import dev.assetflow.postgres.PostgresRowTypes.WideId;
import dev.assetflow.postgres.PostgresRowTypes.AllTypes;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagers;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaMismatchException;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.ContractRows.Sale;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIOManagerTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    private static PostgresIOManager io;

    @BeforeAll
    static void open() {
        io = DATABASE.ioManager();
    }

    @AfterAll
    static void close() {
        if (io != null) {
            io.close();
        }
    }

    private static TableSlice slice(String table) {
        return new TableSlice(table, null, table);
    }

    private static <T> List<T> readAll(TableSlice slice, RowType<T> rowType) {
        try (Stream<T> rows = io.read(slice, rowType)) {
            return rows.toList();
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private String qualified(String table) {
        return "\"" + DATABASE.schema() + "\".\"" + table + "\"";
    }

    static List<AllTypes> extremes() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        return List.of(
                new AllTypes(true, true, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE,
                        Float.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY,
                        new BigDecimal("-9999999999999999999999999999.9999999999"), "",
                        LocalDate.of(-4713, 11, 24), LocalTime.MIDNIGHT,
                        LocalDateTime.of(-4713, 11, 24, 0, 0), Instant.parse("1970-01-01T00:00:00Z"),
                        OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
                        new UUID(0, 0), new byte[0]),
                new AllTypes(false, false, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                        Float.MAX_VALUE, Double.POSITIVE_INFINITY, Double.MAX_VALUE,
                        new BigDecimal("9999999999999999999999999999.9999999999"),
                        "'); DROP TABLE x; -- \"quoted\" \\ back\tslash\nnew line",
                        LocalDate.of(5874897, 12, 31), LocalTime.of(23, 59, 59, 999_999_000),
                        LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000),
                        Instant.parse("2262-04-11T23:47:16.854775Z"),
                        OffsetDateTime.parse("2024-02-29T12:00:00.000001Z"), id,
                        new byte[] {0, 1, (byte) 0xFF, (byte) 0x80, 0x7F}),
                new AllTypes(true, null, (byte) 0, (short) 0, 0, null, Float.NaN, -0.0, null, null, null, null,
                        null, null, null, null, null, null),
                new AllTypes(false, null, (byte) -1, (short) -1, -1, 0L, -1.5f, 1e-300, Double.NaN,
                        new BigDecimal("0.0000000001"), "Grüße, 東京, emoji \uD83D\uDE00, RTL \u05E9\u05DC\u05D5\u05DD",
                        LocalDate.of(2000, 1, 1), LocalTime.of(12, 30, 15, 123_456_000),
                        LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000),
                        Instant.parse("1999-12-31T23:59:59.999999Z"),
                        OffsetDateTime.parse("1900-01-01T00:00:00Z"), UUID.randomUUID(),
                        "bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void roundTripsEveryTypeWithExtremesAndNulls() {
        List<AllTypes> rows = extremes();

        long written = io.write(slice("all_types"), ALL_TYPES, rows.stream());

        assertThat(written).isEqualTo(rows.size());
        assertThat(readAll(slice("all_types"), ALL_TYPES)).containsExactlyElementsOf(rows);
    }

    @Test
    void storesValuesPostgresReadsBackAsTheSameText() throws SQLException {
        io.write(slice("as_text"), ALL_TYPES, extremes().stream());

        String select = " FROM " + qualified("as_text") + " ORDER BY number"; // rows 0, 3, 2, 1
        assertThat(column("SELECT amount::text" + select)).containsExactly(
                "-9999999999999999999999999999.9999999999", "0.0000000001", null,
                "9999999999999999999999999999.9999999999");
        assertThat(column("SELECT big::text" + select)).containsExactly(
                "-9223372036854775808", "0", null, "9223372036854775807");
        assertThat(column("SELECT day::text" + select)).containsExactly(
                "4714-11-24 BC", "2000-01-01", null, "5874897-12-31");
        assertThat(column("SELECT at::text" + select)).containsExactly(
                "4714-11-24 00:00:00 BC", "1969-12-31 23:59:59.999999", null, "294276-12-31 23:59:59.999999");
        assertThat(column("SELECT (instant AT TIME ZONE 'UTC')::text" + select)).containsExactly(
                "1970-01-01 00:00:00", "1999-12-31 23:59:59.999999", null, "2262-04-11 23:47:16.854775");
        assertThat(column("SELECT time::text" + select)).containsExactly(
                "00:00:00", "12:30:15.123456", null, "23:59:59.999999");
        assertThat(column("SELECT precise::text" + select)).containsExactly("NaN", "1e-300", "-0", "Infinity");
        assertThat(column("SELECT text" + select)).containsExactly("",
                "Grüße, 東京, emoji \uD83D\uDE00, RTL \u05E9\u05DC\u05D5\u05DD", null,
                "'); DROP TABLE x; -- \"quoted\" \\ back\tslash\nnew line");
        assertThat(column("SELECT encode(blob, 'hex')" + select)).containsExactly("", "6279746573", null,
                "0001ff807f");
        assertThat(column("SELECT id::text" + select)).element(3).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(column("SELECT tiny::text || ',' || small::text" + select)).containsExactly(
                "-128,-32768", "-1,-1", "0,0", "127,32767");
    }

    @Test
    void createsTheTableWithThePostgresTypes() throws SQLException {
        io.write(slice("typed"), ALL_TYPES, Stream.empty());

        assertThat(column("SELECT column_name || ' ' || data_type || ' ' || is_nullable"
                + " || coalesce(' ' || numeric_precision || ',' || coalesce(numeric_scale, 0), '')"
                + " FROM information_schema.columns WHERE table_schema = '" + DATABASE.schema()
                + "' AND table_name = 'typed' ORDER BY ordinal_position")).containsExactly(
                "flag boolean NO", "maybe_flag boolean YES", "tiny smallint NO 16,0", "small smallint NO 16,0",
                "number integer NO 32,0", "big bigint YES 64,0", "real real NO 24,0", "precise double precision NO 53,0",
                "maybe_double double precision YES 53,0", "amount numeric YES 38,10", "text text YES",
                "day date YES", "time time without time zone YES", "at timestamp without time zone YES",
                "instant timestamp with time zone YES", "offset_at timestamp with time zone YES", "id uuid YES",
                "blob bytea YES");
    }

    @Test
    void writesAndReadsAnEmptyTable() throws SQLException {
        io.write(slice("empty_sales"), SALE, List.of(new Sale(1, "a", 1, LocalDate.EPOCH)).stream());

        assertThat(io.write(slice("empty_sales"), SALE, Stream.empty())).isZero();

        assertThat(readAll(slice("empty_sales"), SALE)).isEmpty();
        assertThat(column("SELECT count(*) FROM " + qualified("empty_sales"))).containsExactly("0");
    }

    @Test
    void replacesTheRowsOfAnEarlierWrite() {
        io.write(slice("replaced"), SALE, sales(0, 5).stream());
        io.write(slice("replaced"), SALE, sales(100, 3).stream());

        assertThat(readAll(slice("replaced"), SALE)).containsExactlyElementsOf(sales(100, 3));
    }

    @Test
    void readsOnlyTheProjectedColumnsInTheReadersOrder() {
        io.write(slice("projected"), SALE, sales(0, 3).stream());

        assertThat(readAll(slice("projected"), OWNER_AMOUNT)).containsExactly(
                new OwnerAmount("owner 0", 0.5), new OwnerAmount("owner 1", 1.5), new OwnerAmount("owner 2", 2.5));
    }

    @Test
    void widensAnIntColumnForALongComponent() {
        io.write(slice("narrow"), NARROW_SALE, Stream.of(new NarrowSale(Integer.MAX_VALUE, "x"),
                new NarrowSale(-7, "y")));

        assertThat(readAll(slice("narrow"), WIDE_ID)).containsExactly(new WideId(Integer.MAX_VALUE),
                new WideId(-7));
    }

    @Test
    void writesManyRowsAndValuesLargerThanTheBuffer() {
        String large = "x".repeat(200_000) + "é";
        int count = 100_000;
        io.write(slice("many"), SALE, IntStream.range(0, count)
                .mapToObj(i -> new Sale(i, i == 500 ? large : "owner " + i, i, LocalDate.EPOCH.plusDays(i))));

        try (Stream<Sale> rows = io.read(slice("many"), SALE)) {
            long[] seen = new long[2];
            rows.forEach(row -> {
                assertThat(row.id()).isEqualTo(seen[0]);
                assertThat(row.owner()).isEqualTo(row.id() == 500 ? large : "owner " + row.id());
                seen[0]++;
            });
            assertThat(seen[0]).isEqualTo(count);
        }
    }

    @Test
    void readingAMissingTableNamesTheAssetAndTheTable() {
        assertThatThrownBy(() -> io.read(slice("never_written"), SALE))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("'never_written'")
                .hasMessageContaining(DATABASE.schema() + ".never_written")
                .hasMessageContaining("does not exist");
    }

    @Test
    void readingAMissingColumnNamesTheAssetTableAndColumn() {
        io.write(slice("narrow_only"), NARROW_SALE, Stream.of(new NarrowSale(1, "x")));

        assertThatThrownBy(() -> io.read(slice("narrow_only"), OWNER_AMOUNT))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("'narrow_only'")
                .hasMessageContaining(DATABASE.schema() + ".narrow_only")
                .hasMessageContaining("no column 'amount'");
    }

    @Test
    void aNullInANotNullColumnFailsNamingTheRowAndKeepsTheOldRows() {
        io.write(slice("null_owner"), SALE, sales(0, 2).stream());

        Stream<Sale> rows = Stream.of(new Sale(1, "a", 1, LocalDate.EPOCH), new Sale(2, "b", 2, LocalDate.EPOCH),
                new Sale(3, null, 3, LocalDate.EPOCH));
        assertThatThrownBy(() -> io.write(slice("null_owner"), SALE, rows))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("asset 'null_owner'")
                .hasMessageContaining("row 3")
                .hasMessageContaining("column 'owner'")
                .hasMessageContaining(DATABASE.schema() + ".null_owner");

        assertThat(readAll(slice("null_owner"), SALE)).containsExactlyElementsOf(sales(0, 2));
    }

    @Test
    void valuesPostgresCannotStoreFailClearlyAndKeepTheOldRows() {
        io.write(slice("out_of_range"), SALE, sales(0, 1).stream());

        assertThatThrownBy(() -> io.write(slice("out_of_range"), SALE,
                Stream.of(new Sale(1, "a", 1, LocalDate.of(-5000, 1, 1)))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("row 1 has -5000-01-01 in column 'day'")
                .hasMessageContaining("DATE range");
        assertThatThrownBy(() -> io.write(slice("out_of_range"), SALE,
                Stream.of(new Sale(1, "a", 1, LocalDate.EPOCH), new Sale(2, "nul\0char", 1, LocalDate.EPOCH))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("column 'owner'")
                .hasMessageContaining("NUL character");

        assertThat(readAll(slice("out_of_range"), SALE)).containsExactlyElementsOf(sales(0, 1));
    }

    @Test
    void aDecimalThatDoesNotFitTheColumnFailsNamingIt() {
        AllTypes tooLarge = new AllTypes(true, null, (byte) 0, (short) 0, 0, null, 0, 0, null,
                new BigDecimal("123456789012345678901234567890"), null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> io.write(slice("big_decimal"), ALL_TYPES, Stream.of(tooLarge)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("row 1")
                .hasMessageContaining("column 'amount'")
                .hasMessageContaining("DECIMAL(38, 10)");
    }

    @Test
    void aNullReadIntoANonNullComponentNamesTheColumn() {
        io.write(slice("nullable_big"), ALL_TYPES, extremes().stream());
        RowType<Long> bigAsPrimitive = RowType.of("test.Big", List.of(Column.of("big", ColumnType.BIGINT, false)),
                (row, sink) -> sink.putLong(row), source -> source.getLong(0));

        assertThatThrownBy(() -> readAll(slice("nullable_big"), bigAsPrimitive))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("asset 'nullable_big'")
                .hasMessageContaining("column 'big'")
                .hasMessageContaining(DATABASE.schema() + ".nullable_big")
                .hasMessageContaining("NULL");
    }

    @Test
    void aColumnOfAnIncompatibleTypeIsNotRead() {
        io.write(slice("typed_text"), SALE, sales(0, 1).stream());
        RowType<Long> ownerAsLong = RowType.of("test.OwnerId", List.of(Column.of("owner", ColumnType.BIGINT, false)),
                (row, sink) -> sink.putLong(row), source -> source.getLong(0));

        assertThatThrownBy(() -> readAll(slice("typed_text"), ownerAsLong))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("column 'owner'")
                .hasMessageContaining(DATABASE.schema() + ".typed_text")
                .hasMessageContaining("is text, which cannot be read as BIGINT");
    }

    @Test
    void aTableWithOtherColumnsIsReportedAndLeftAsItWas() throws SQLException {
        DATABASE.execute("CREATE TABLE " + qualified("legacy")
                + " (id integer NOT NULL, owner text NOT NULL, note text)");
        DATABASE.execute("INSERT INTO " + qualified("legacy") + " VALUES (1, 'old', 'kept')");

        assertThatThrownBy(() -> io.write(slice("legacy"), SALE, sales(0, 2).stream()))
                .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
                    assertThat(e.asset()).isEqualTo("legacy");
                    assertThat(e.table()).isEqualTo(DATABASE.schema() + ".legacy");
                    assertThat(e.columns()).containsExactlyInAnyOrder("id", "amount", "day", "note");
                })
                .hasMessageMatching("(?s).*id +bigint NOT NULL +integer NOT NULL.*")
                .hasMessageMatching("(?s).*amount +double precision NOT NULL +\\(missing\\).*")
                .hasMessageMatching("(?s).*note +\\(not in the row type\\) +text.*");

        assertThat(column("SELECT id || ' ' || owner || ' ' || note FROM " + qualified("legacy")))
                .containsExactly("1 old kept");
    }

    @Test
    void aDecimalOfAnotherPrecisionIsADifference() throws SQLException {
        DATABASE.execute("CREATE TABLE " + qualified("decimals") + " (amount numeric(10, 2))");
        RowType<BigDecimal> amounts = RowType.of("test.Amount", List.of(Column.decimal("amount", true, 12, 2)),
                (row, sink) -> sink.putDecimal(row), source -> source.getDecimal(0));

        assertThatThrownBy(() -> io.write(slice("decimals"), amounts, Stream.of(BigDecimal.ONE)))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageMatching("(?s).*amount +numeric\\(12,2\\) +numeric\\(10,2\\).*");
    }

    @Test
    void schemaPolicyReplaceRecreatesTheTable() throws SQLException {
        DATABASE.execute("CREATE TABLE " + qualified("recreated") + " (id integer NOT NULL, note text)");
        DATABASE.execute("INSERT INTO " + qualified("recreated") + " VALUES (1, 'old')");

        try (PostgresIOManager replacing = PostgresIOManager.builder(DATABASE.url())
                .defaultSchema(DATABASE.schema()).schemaPolicy(SchemaPolicy.REPLACE).build()) {
            replacing.write(slice("recreated"), SALE, sales(0, 2).stream());

            assertThat(readAll(slice("recreated"), SALE)).containsExactlyElementsOf(sales(0, 2));
            // the table now fits, so the default policy accepts it too
            io.write(slice("recreated"), SALE, sales(5, 1).stream());
        }
        assertThat(column("SELECT column_name FROM information_schema.columns WHERE table_schema = '"
                + DATABASE.schema() + "' AND table_name = 'recreated' ORDER BY ordinal_position"))
                .containsExactly("id", "owner", "amount", "day");
    }

    @Test
    void schemaPolicyReplaceLetsARepeatableReadReaderSeeTheOldRows() throws SQLException {
        io.write(slice("snapshot"), SALE, sales(0, 3).stream());
        try (Connection reader = DATABASE.connect();
                PostgresIOManager replacing = PostgresIOManager.builder(DATABASE.url())
                        .defaultSchema(DATABASE.schema()).schemaPolicy(SchemaPolicy.REPLACE).build()) {
            reader.setAutoCommit(false);
            reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertThat(count(reader, "SELECT 1")).as("the reader's snapshot is taken").isEqualTo(1);

            replacing.write(slice("snapshot"), NARROW_SALE, Stream.of(new NarrowSale(7, "new")));

            assertThat(count(reader, "SELECT count(*) FROM " + qualified("snapshot")))
                    .as("the rows of the reader's snapshot, not an empty table").isEqualTo(3);
            assertThat(count(reader, "SELECT count(owner) FROM " + qualified("snapshot"))).isEqualTo(3);
            reader.commit();
            assertThat(count(reader, "SELECT count(*) FROM " + qualified("snapshot"))).isEqualTo(1);
            reader.commit();
        }
        assertThat(readAll(slice("snapshot"), NARROW_SALE)).containsExactly(new NarrowSale(7, "new"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void schemaPolicyAddColumnsAddsNullableColumnsAndKeepsTheRestStrict() throws SQLException {
        io.write(slice("grown"), NARROW_SALE, Stream.of(new NarrowSale(1, "a")));
        RowType<PostgresRowTypes.NarrowSale> withNote = RowType.of("test.NarrowSaleWithNote", List.of(
                        Column.of("id", ColumnType.INTEGER, false), Column.of("owner", ColumnType.VARCHAR, false),
                        Column.of("note", ColumnType.VARCHAR, true)),
                (row, sink) -> {
                    sink.putInt(row.id());
                    sink.putString(row.owner());
                    sink.putString("note " + row.id());
                },
                source -> new NarrowSale(source.getInt(0), source.getString(1)));

        try (PostgresIOManager adding = PostgresIOManager.builder(DATABASE.url())
                .defaultSchema(DATABASE.schema()).schemaPolicy(SchemaPolicy.ADD_COLUMNS).build()) {
            adding.write(slice("grown"), withNote, Stream.of(new NarrowSale(2, "b")));

            assertThat(column("SELECT id || ' ' || owner || ' ' || note FROM " + qualified("grown")))
                    .containsExactly("2 b note 2");
            assertThatThrownBy(() -> adding.write(slice("grown"), SALE, sales(0, 1).stream()))
                    .isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("ADD_COLUMNS only adds new nullable columns");
        }
        assertThat(column("SELECT id || ' ' || owner || ' ' || note FROM " + qualified("grown")))
                .containsExactly("2 b note 2");
    }

    @Test
    void aDecimalWithoutDeclaredPrecisionMustFitTheDefaultColumn() throws SQLException {
        RowType<BigDecimal> amounts = RowType.of("test.Amount", List.of(Column.decimal("amount", true, 0, 0)),
                (row, sink) -> sink.putDecimal(row), source -> source.getDecimal(0));

        io.write(slice("default_decimal"), amounts, Stream.of(new BigDecimal("12345.6789012345")));
        assertThat(column("SELECT amount::text FROM " + qualified("default_decimal")))
                .containsExactly("12345.6789012345");
        assertThatThrownBy(() -> io.write(slice("default_decimal"), amounts,
                Stream.of(new BigDecimal("0.12345678901"))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("column 'amount'")
                .hasMessageContaining("numeric(38, 10)");
    }

    @Test
    void createsAMissingSchema() throws SQLException {
        String schema = DATABASE.schema() + "_extra";
        try {
            io.write(new TableSlice("elsewhere", schema, "elsewhere"), SALE, sales(0, 1).stream());

            assertThat(column("SELECT owner FROM \"" + schema + "\".elsewhere")).containsExactly("owner 0");
        } finally {
            DATABASE.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }

    @Test
    void aPostgresUrlOpensThisIOManager() {
        try (IOManager fromUrl = IOManagers.fromUrl(DATABASE.url())) {
            assertThat(fromUrl).isInstanceOf(PostgresIOManager.class);
            TableSlice slice = new TableSlice("from_url", DATABASE.schema(), "from_url");
            fromUrl.write(slice, SALE, sales(0, 2).stream());
            try (Stream<Sale> rows = fromUrl.read(slice, SALE)) {
                assertThat(rows).containsExactlyElementsOf(sales(0, 2));
            }
        }
    }

    @Test
    void toStringAndErrorsHideThePassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/none?user=u&password=hunter2&connectTimeout=1";
        try (PostgresIOManager unreachable = PostgresIOManager.builder(url).password("s3cret")
                .connectionTimeout(java.time.Duration.ofMillis(500)).build()) {
            assertThat(unreachable.toString()).doesNotContain("hunter2").doesNotContain("s3cret")
                    .contains("password=***");
            assertThatThrownBy(() -> unreachable.write(slice("t"), SALE, Stream.empty()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("cannot connect to PostgreSQL")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("s3cret"));
        }
    }

    static List<Sale> sales(int first, int count) {
        return IntStream.range(first, first + count)
                .mapToObj(i -> new Sale(i, "owner " + i, i + 0.5, LocalDate.of(2024, 1, 1).plusDays(i)))
                .toList();
    }
}
