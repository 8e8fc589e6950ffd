package dev.assetflow.testing;


import static dev.assetflow.testing.ContractRows.AMOUNT_OWNER;
import static dev.assetflow.testing.ContractRows.BOXED_COUNT;
import static dev.assetflow.testing.ContractRows.CHANGED_SALE;
import static dev.assetflow.testing.ContractRows.COUNT;
import static dev.assetflow.testing.ContractRows.MOMENT;
import static dev.assetflow.testing.ContractRows.PAIR;
import static dev.assetflow.testing.ContractRows.REGIONAL_SALE;
import static dev.assetflow.testing.ContractRows.REVIEW;
import static dev.assetflow.testing.ContractRows.SALE;
import static dev.assetflow.testing.ContractRows.STRICT_NOTE;
import static dev.assetflow.testing.ContractRows.STRICT_SCORE;
import static dev.assetflow.testing.ContractRows.SWAPPED_PAIR;
import static dev.assetflow.testing.ContractRows.TEXT;
import static dev.assetflow.testing.ContractRows.WIDE_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaMismatchException;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.runtime.io.TemporalLimits;
import dev.assetflow.testing.ContractRows.AmountOwner;
import dev.assetflow.testing.ContractRows.BoxedCount;
import dev.assetflow.testing.ContractRows.ChangedSale;
import dev.assetflow.testing.ContractRows.Count;
import dev.assetflow.testing.ContractRows.Day;
import dev.assetflow.testing.ContractRows.Moment;
import dev.assetflow.testing.ContractRows.Pair;
import dev.assetflow.testing.ContractRows.RegionalSale;
import dev.assetflow.testing.ContractRows.Review;
import dev.assetflow.testing.ContractRows.Sale;
import dev.assetflow.testing.ContractRows.SwappedPair;
import dev.assetflow.testing.ContractRows.WideCount;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link IOManager} owes its users, tested only through the public API with row types
 * written the way the processor generates them. A backend passes the contract with one subclass that says
 * how to open its IO managers on a fresh, isolated storage and what it can do beyond the core
 * ({@link Capability}):
 *
 * <pre>{@code
 * class DuckDbIOManagerContractTest extends IOManagerContract {
 *     @Override
 *     protected ContractStorage newStorage(Path directory) {
 *         return new DuckDbContractStorage(directory.resolve("contract.duckdb"));
 *     }
 * }
 * }</pre>
 *
 * <p>Backends: {@code InMemoryIOManagerContractTest} (assetflow-core),
 * {@code DuckDbIOManagerContractTest} (assetflow-duckdb), {@code PostgresIOManagerContractTest}
 * (assetflow-postgres), {@code SnowflakeIOManagerContractTest} over the emulator (assetflow-snowflake), and
 * an H2 backend written only against the public SPI ({@code examples/h2-backend}).
 *
 * <p>Tables are named differently from their assets ({@code sales} is stored in {@code sales_table}) so
 * that the tests can tell which one a message names.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class IOManagerContract {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final List<Sale> OLD_SALES = List.of(new Sale(1, "ann", 10.0, DAY),
            new Sale(2, "bob", -2.5, DAY.plusDays(1)), new Sale(3, "cid", 0.0, DAY.plusDays(2)));
    private static final List<Sale> NEW_SALES = List.of(new Sale(4, "dee", 1.5, DAY), new Sale(5, "eve", 2.5, DAY));
    private static final TableSlice SALES = slice("sales");

    @TempDir
    Path temporaryDirectory;

    private ContractStorage storage;
    private final List<IOManager> opened = new ArrayList<>();
    private IOManager io;

    /** A fresh, isolated storage for one test; {@code directory} is the test's own temporary directory. */
    protected abstract ContractStorage newStorage(Path directory) throws Exception;

    @BeforeEach
    public final void openStorage() throws Exception {
        storage = newStorage(temporaryDirectory);
        io = storage.open();
        opened.add(io);
    }

    @AfterEach
    public final void closeStorage() throws Exception {
        Exception failure = null;
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                failure = failure == null ? e : failure;
            }
        }
        opened.clear();
        if (storage != null) {
            storage.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ---------------------------------------------------------------- round trips

    @Test
    public void roundTripsEveryTypeAtItsExtremes() {
        TableSlice slice = slice("every_type");
        List<EveryType> samples = storage.capabilities().contains(Capability.NEGATIVE_ZERO)
                ? TypeSamples.everyType() : TypeSamples.everyTypeWithoutNegativeZero();

        long written = io.write(slice, EveryType.ROW_TYPE, samples.stream());

        assertThat(written).isEqualTo(samples.size());
        assertSameRows(read(io, slice, EveryType.ROW_TYPE), samples);
    }

    @Test
    public void aNegativeZeroReadsBackAsWrittenOrIsRejectedNamingAssetTableColumnAndRow() {
        io.write(SALES, SALE, OLD_SALES.stream());
        TableSlice counts = slice("counts");
        List<Sale> sales = List.of(new Sale(1, "ann", 1.0, DAY), new Sale(2, "bob", -0.0, DAY));
        List<Count> ratios = List.of(new Count(1, 0.5f), new Count(2, 0.0f), new Count(3, -0.0f));

        if (storage.capabilities().contains(Capability.NEGATIVE_ZERO)) {
            io.write(SALES, SALE, sales.stream());
            io.write(counts, COUNT, ratios.stream());

            assertSameRows(read(io, SALES, SALE), sales);
            assertSameRows(read(io, counts, COUNT), ratios);
        } else {
            assertThatThrownBy(() -> io.write(SALES, SALE, sales.stream()))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertNames(e, "sales", SALES.table(), "amount"))
                    .hasMessageContaining("row 2");
            assertThatThrownBy(() -> io.write(counts, COUNT, ratios.stream()))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertNames(e, "counts", counts.table(), "ratio"))
                    .hasMessageContaining("row 3");

            assertSameRows(read(io, SALES, SALE), OLD_SALES);
        }
    }

    @Test
    public void roundTripsNullsAndValuesInEveryNullableColumn() {
        TableSlice slice = slice("maybe");
        MaybeEveryType full = new MaybeEveryType(2, false, (byte) -1, (short) 2, 3, 4L, 5.5f, -6.5,
                new BigDecimal("-1.5000000001"), "ü", LocalDate.of(1, 1, 1), LocalTime.of(1, 2, 3),
                LocalDateTime.of(2020, 1, 2, 3, 4, 5, 6_000), Instant.parse("2020-01-02T03:04:05.000006Z"),
                OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)), UUID.randomUUID(),
                new byte[] {9, 0, -9});
        List<MaybeEveryType> rows = List.of(MaybeEveryType.nulls(1), full, MaybeEveryType.nulls(3));

        io.write(slice, MaybeEveryType.ROW_TYPE, rows.stream());

        assertSameRows(read(io, slice, MaybeEveryType.ROW_TYPE), rows);
    }

    @Test
    public void roundTripsTextThatLooksLikeSqlCsvOrEscapesAndUnicode() {
        TableSlice slice = slice("texts");

        io.write(slice, TEXT, TypeSamples.texts().stream());

        assertSameRows(read(io, slice, TEXT), TypeSamples.texts());
    }

    @Test
    public void anEmptyStreamStoresAnEmptyTable() {
        TableSlice slice = slice("nothing");

        assertThat(io.write(slice, EveryType.ROW_TYPE, Stream.empty())).isZero();

        assertThat(read(io, slice, EveryType.ROW_TYPE)).isEmpty();
    }

    @Test
    public void rowsStayStoredForTheNextIOManagerOnTheSameStorage() {
        io.write(SALES, SALE, OLD_SALES.stream());

        IOManager another = open(storage.open());

        assertSameRows(read(another, SALES, SALE), OLD_SALES);
    }

    // ---------------------------------------------------------------- exact dates and times in any JVM zone

    /** JVM default zones with daylight saving time, one of them shifting by half an hour, and old LMT offsets. */
    private static final List<String> ZONES = List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe");

    @Test
    public void everyQuarterHourOfADaylightSavingYearReadsBackExactlyWhateverTheJvmZone() {
        assumeCapable(Capability.EXACT_DATES_AND_TIMES);
        TableSlice slice = slice("moments");
        List<Moment> moments = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 366 * 96; i++) {
            moments.add(moment(i, start.plusSeconds(900L * i)));
        }
        List<String> old = List.of("0001-01-01T00:00:00Z", "1000-06-15T12:34:56.123456Z", "1582-10-10T00:00:00Z",
                "1850-01-01T00:00:00Z", "1883-11-18T16:59:59.999999Z", "1893-04-01T00:00:00Z",
                "1900-01-01T00:00:00Z", "1916-04-30T22:00:00Z", "1969-12-31T23:59:59.999999Z", "9999-12-31T23:59:59Z");
        for (String at : old) {
            Instant instant = Instant.parse(at);
            if (storage.temporalLimits().holds(instant)) {
                moments.add(moment(moments.size(), instant));
            }
        }

        forEachZone(zone -> {
            IOManager zoned = open(storage.open());
            zoned.write(slice, MOMENT, moments.stream());
            assertThat(differences(read(zoned, slice, MOMENT), moments, Moment::id))
                    .as("values read back otherwise with the JVM in %s", zone).isEmpty();
        });
    }

    @Test
    public void datesAcrossTheCalendarReadBackExactlyWhateverTheJvmZone() {
        assumeCapable(Capability.EXACT_DATES_AND_TIMES);
        TableSlice slice = slice("days");
        List<Day> days = new ArrayList<>();
        for (String day : List.of("-4713-11-24", "-1004-02-29", "-0001-12-31", "0000-01-01", "0000-02-29",
                "0000-12-31", "0001-01-01", "0999-12-31", "1582-10-04", "1582-10-05", "1582-10-10", "1582-10-14",
                "1582-10-15", "1700-02-28", "1700-03-01", "1900-02-28", "1900-03-01", "1969-12-31", "1970-01-01",
                "2000-02-29", "2024-03-10", "2024-03-31", "9999-12-31")) {
            if (storage.temporalLimits().holds(LocalDate.parse(day))) {
                days.add(new Day(days.size(), LocalDate.parse(day)));
            }
        }

        forEachZone(zone -> {
            IOManager zoned = open(storage.open());
            zoned.write(slice, ContractRows.DAY, days.stream());
            assertThat(differences(read(zoned, slice, ContractRows.DAY), days, Day::id))
                    .as("dates read back otherwise with the JVM in %s", zone).isEmpty();
        });
    }

    @Test
    public void datesAndTimesBeyondTheBackendsRangeOrPrecisionAreRejectedNamingAssetTableColumnAndRow() {
        assumeCapable(Capability.EXACT_DATES_AND_TIMES);
        TableSlice slice = slice("moments");
        TemporalLimits limits = storage.temporalLimits();
        Instant epoch = Instant.EPOCH;
        List<Moment> good = List.of(moment(1, epoch), moment(2, Instant.parse("2024-02-29T23:59:59.999999Z")));
        io.write(slice, MOMENT, good.stream());
        List<Instant> instants = List.of(Instant.ofEpochSecond(0, 1), Instant.ofEpochSecond(-1, 999_999_999),
                Instant.parse("2024-01-01T00:00:00.000000100Z"), Instant.MAX, Instant.MIN,
                Instant.parse("+300000-01-01T00:00:00Z"), Instant.parse("-300000-01-01T00:00:00Z"));
        for (Instant at : instants) {
            List<Moment> rows = List.of(moment(1, epoch), new Moment(2, at, epoch.atOffset(ZoneOffset.UTC),
                    LocalDateTime.ofInstant(epoch, ZoneOffset.UTC)));
            expectStoredExactlyOrRejected(slice, rows, limits.holds(at), "at", good);
        }
        List<LocalDateTime> locals = List.of(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1), LocalDateTime.MAX,
                LocalDateTime.MIN, LocalDateTime.of(300_000, 1, 1, 0, 0), LocalDateTime.of(-300_000, 1, 1, 0, 0));
        for (LocalDateTime local : locals) {
            List<Moment> rows = List.of(moment(1, epoch), new Moment(2, epoch, epoch.atOffset(ZoneOffset.UTC),
                    local));
            expectStoredExactlyOrRejected(slice, rows, limits.holds(local), "local", good);
        }
        TableSlice days = slice("days");
        List<Day> goodDays = List.of(new Day(1, DAY));
        io.write(days, ContractRows.DAY, goodDays.stream());
        for (LocalDate day : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(6_000_000, 1, 1),
                LocalDate.of(-6_000_000, 1, 1), LocalDate.of(-4713, 1, 1), LocalDate.of(10_000, 1, 1))) {
            expectStoredExactlyOrRejected(days, List.of(new Day(1, DAY), new Day(2, day)), limits.holds(day), "day",
                    goodDays);
        }
    }

    @Test
    public void anOffsetDateTimeReadsBackAsTheSameInstantAtUtc() {
        TableSlice slice = slice("moments");
        Instant at = Instant.parse("2024-03-10T07:00:00Z");
        OffsetDateTime india = OffsetDateTime.of(2024, 3, 10, 12, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));

        io.write(slice, MOMENT, Stream.of(new Moment(1, at, india, LocalDateTime.of(2024, 3, 10, 7, 0))));

        assertThat(read(io, slice, MOMENT)).containsExactly(
                new Moment(1, at, OffsetDateTime.of(2024, 3, 10, 7, 0, 0, 0, ZoneOffset.UTC),
                        LocalDateTime.of(2024, 3, 10, 7, 0)));
    }

    /**
     * Writes {@code rows}, whose second row holds the value under test in {@code column}: stored and read
     * back exactly when {@code holds}, else rejected naming the asset, the table, the column and row 2, and
     * the table keeps {@code previous}.
     */
    private <T> void expectStoredExactlyOrRejected(TableSlice slice, List<T> rows, boolean holds, String column,
            List<T> previous) {
        @SuppressWarnings("unchecked")
        RowType<T> rowType = (RowType<T>) (rows.get(0) instanceof Moment ? MOMENT : ContractRows.DAY);
        if (holds) {
            io.write(slice, rowType, rows.stream());
            assertThat(read(io, slice, rowType)).as("stored exactly: %s", rows.get(1)).containsExactlyInAnyOrderElementsOf(rows);
            io.write(slice, rowType, previous.stream());
        } else {
            assertThatThrownBy(() -> io.write(slice, rowType, rows.stream())).as("rejected: %s", rows.get(1))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertNames(e, slice.asset(), slice.table(), "'" + column + "'"))
                    .hasMessageContaining("row 2");
            assertThat(read(io, slice, rowType)).containsExactlyInAnyOrderElementsOf(previous);
        }
    }

    private static Moment moment(long id, Instant at) {
        return new Moment(id, at, at.atOffset(ZoneOffset.UTC), LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** Runs {@code test} with the JVM's default zone set to each of {@link #ZONES} in turn, then restores it. */
    private static void forEachZone(java.util.function.Consumer<String> test) {
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                test.accept(zone);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    /** The rows read back otherwise than written (by id), as text; at most 20. */
    private static <T> List<String> differences(List<T> actual, List<T> expected, java.util.function.ToLongFunction<T> id) {
        java.util.Map<Long, T> read = new java.util.HashMap<>();
        for (T row : actual) {
            read.put(id.applyAsLong(row), row);
        }
        List<String> different = new ArrayList<>();
        if (actual.size() != expected.size()) {
            different.add(actual.size() + " rows read instead of " + expected.size());
        }
        for (T row : expected) {
            T got = read.get(id.applyAsLong(row));
            if (!row.equals(got) && different.size() < 20) {
                different.add("wrote " + row + ", read " + got);
            }
        }
        return different;
    }

    // ---------------------------------------------------------------- projection and widening

    @Test
    public void aProjectionReadsItsColumnsInItsOwnOrder() {
        io.write(SALES, SALE, OLD_SALES.stream());

        assertSameRows(read(io, SALES, AMOUNT_OWNER), List.of(new AmountOwner(10.0, "ann"),
                new AmountOwner(-2.5, "bob"), new AmountOwner(0.0, "cid")));
    }

    @Test
    public void aProjectionDoesNotTouchTheColumnsItDoesNotRead() {
        assumeCapable(Capability.RAW_SQL);
        io.write(SALES, SALE, OLD_SALES.stream());

        storage.execute("ALTER TABLE " + storage.sqlTable(SALES.table()) + " DROP COLUMN " + storage.sqlColumn("day"));

        assertSameRows(read(io, SALES, AMOUNT_OWNER), List.of(new AmountOwner(10.0, "ann"),
                new AmountOwner(-2.5, "bob"), new AmountOwner(0.0, "cid")));
        assertThatThrownBy(() -> read(io, SALES, SALE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table(), "day"));
    }

    @Test
    public void readsNarrowColumnsIntoWiderComponents() {
        TableSlice slice = slice("counts");
        io.write(slice, COUNT, Stream.of(new Count(1, 0.5f), new Count(Integer.MAX_VALUE, Float.MAX_VALUE),
                new Count(Integer.MIN_VALUE, -1.1f)));

        assertSameRows(read(io, slice, WIDE_COUNT), List.of(new WideCount(1, 0.5),
                new WideCount(Integer.MAX_VALUE, (double) Float.MAX_VALUE),
                new WideCount(Integer.MIN_VALUE, (double) -1.1f)));
        assertSameRows(read(io, slice, BOXED_COUNT), List.of(new BoxedCount(1, 0.5f),
                new BoxedCount(Integer.MAX_VALUE, Float.MAX_VALUE), new BoxedCount(Integer.MIN_VALUE, -1.1f)));
    }

    // ---------------------------------------------------------------- columns matched by name

    @Test
    public void reorderedComponentsAreStoredInTheirColumnsByName() {
        TableSlice slice = slice("pairs");
        io.write(slice, PAIR, Stream.of(new Pair(1, 2, "Ada", "Lovelace", DAY)));

        io.write(slice, SWAPPED_PAIR, Stream.of(new SwappedPair(DAY, 20, 10, "Hopper", "Grace")));

        assertSameRows(read(io, slice, PAIR), List.of(new Pair(10, 20, "Grace", "Hopper", DAY)));
        io.write(slice, PAIR, Stream.of(new Pair(3, 4, "Alan", "Turing", DAY)));
        assertSameRows(read(io, slice, SWAPPED_PAIR), List.of(new SwappedPair(DAY, 4, 3, "Turing", "Alan")));
    }

    @Test
    public void reorderedComponentsWrittenToOnePartitionAreStoredInTheirColumnsByName() {
        assumeTrue(io.supportsPartitions(), "this backend has no partitions");
        TableSlice slice = slice("pairs");
        io.write(slice, PAIR, Stream.of(new Pair(1, 2, "Ada", "Lovelace", DAY),
                new Pair(5, 6, "Edsger", "Dijkstra", DAY.plusDays(1))));

        io.write(slice.withPartition(dayPartition(DAY)), SWAPPED_PAIR,
                Stream.of(new SwappedPair(DAY, 20, 10, "Hopper", "Grace")));

        assertSameRows(read(io, slice, PAIR), List.of(new Pair(10, 20, "Grace", "Hopper", DAY),
                new Pair(5, 6, "Edsger", "Dijkstra", DAY.plusDays(1))));
    }

    // ---------------------------------------------------------------- replace semantics

    @Test
    public void aSecondWriteReplacesTheRowsInsteadOfAppending() {
        List<Sale> newSales = List.of(new Sale(10, "dan", 1.0, DAY), new Sale(11, "eve", 2.0, DAY));
        assertThat(io.write(SALES, SALE, OLD_SALES.stream())).isEqualTo(3);

        assertThat(io.write(SALES, SALE, newSales.stream())).isEqualTo(2);
        assertThat(io.write(SALES, SALE, newSales.stream())).isEqualTo(2);

        assertSameRows(read(io, SALES, SALE), newSales);
    }

    @Test
    public void writingNoRowsEmptiesTheTable() {
        io.write(SALES, SALE, OLD_SALES.stream());

        assertThat(io.write(SALES, SALE, Stream.empty())).isZero();

        assertThat(read(io, SALES, SALE)).isEmpty();
    }

    @Test
    public void assetsInTheSameStorageAreIndependent() {
        TableSlice other = slice("other_sales");
        io.write(SALES, SALE, OLD_SALES.stream());
        io.write(other, SALE, Stream.of(new Sale(7, "zed", 7.0, DAY)));

        io.write(SALES, SALE, Stream.empty());

        assertThat(read(io, SALES, SALE)).isEmpty();
        assertThat(read(io, other, SALE)).containsExactly(new Sale(7, "zed", 7.0, DAY));
    }

    @Test
    public void anAssetThatNamesItsSchemaIsStoredThereApartFromTheDefaultSchema() {
        String schema = storage.otherSchema().orElse(null);
        assumeTrue(schema != null, "this backend has a single schema");
        TableSlice elsewhere = new TableSlice("sales", schema, SALES.table());
        List<Sale> staged = List.of(new Sale(8, "sam", 8.0, DAY));
        io.write(SALES, SALE, OLD_SALES.stream());

        assertThat(io.write(elsewhere, SALE, staged.stream())).isEqualTo(1);

        assertSameRows(read(io, elsewhere, SALE), staged);
        assertSameRows(read(io, SALES, SALE), OLD_SALES);
        assertThatThrownBy(() -> read(io, elsewhere, REGIONAL_SALE))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("'sales'")
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase(schema + "." + SALES.table()));
    }

    // ---------------------------------------------------------------- atomic replace

    @Test
    public void anExceptionFromTheRowStreamReachesTheCallerAndLeavesTheOldRows() {
        io.write(SALES, SALE, OLD_SALES.stream());
        AtomicReference<RuntimeException> sourceFailure = new AtomicReference<>();
        Stream<Sale> failing = LongStream.rangeClosed(1, 40_000).mapToObj(i -> {
            if (i == 20_000) {
                sourceFailure.set(new IllegalStateException("source broke at row 20000"));
                throw sourceFailure.get();
            }
            return new Sale(i, "new", 1.0, DAY);
        });

        Throwable thrown = catchThrowable(() -> io.write(SALES, SALE, failing));

        assertThat(sourceFailure.get()).isNotNull();
        assertThat(causes(thrown)).as("the exception thrown by the asset's stream, or its cause")
                .contains(sourceFailure.get());
        assertSameRows(read(io, SALES, SALE), OLD_SALES);
    }

    @Test
    public void workGivenWithAWriteRunsOnceBeforeItsCommitWithTheRowCount() {
        assumeCapable(Capability.COMMITS_WORK_WITH_THE_WRITE);
        assumeCapable(Capability.CONCURRENT_READERS);
        io.write(SALES, SALE, OLD_SALES.stream());
        List<Long> counts = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<List<Sale>> seenByReaders = new java.util.concurrent.CopyOnWriteArrayList<>();

        io.write(SALES.withBeforeCommit((connection, rows) -> {
            counts.add(rows);
            seenByReaders.add(read(io, SALES, SALE));
        }), SALE, NEW_SALES.stream());

        assertThat(counts).containsExactly((long) NEW_SALES.size());
        assertThat(seenByReaders).as("what readers see while the work runs: not committed yet").hasSize(1);
        assertSameRows(seenByReaders.get(0), OLD_SALES);
        assertSameRows(read(io, SALES, SALE), NEW_SALES);
    }

    @Test
    public void workGivenWithAWriteThatFailsFailsTheWriteAndLeavesTheOldRows() {
        assumeCapable(Capability.COMMITS_WORK_WITH_THE_WRITE);
        io.write(SALES, SALE, OLD_SALES.stream());

        Throwable thrown = catchThrowable(() -> io.write(SALES.withBeforeCommit((connection, rows) -> {
            throw new java.sql.SQLException("the history refused the record");
        }), SALE, NEW_SALES.stream()));

        assertThat(thrown).isInstanceOf(StorageException.class).hasMessageContaining("asset 'sales'")
                .hasMessageContaining("the history refused the record");
        assertSameRows(read(io, SALES, SALE), OLD_SALES);
    }

    @Test
    public void aNullInANotNullColumnNamesAssetTableColumnAndRowAndLeavesTheOldRows() {
        io.write(SALES, SALE, OLD_SALES.stream());
        Stream<Sale> rows = LongStream.rangeClosed(1, 30_000)
                .mapToObj(i -> new Sale(i, i == 25_000 ? null : "x", 1.0, DAY));

        assertThatThrownBy(() -> io.write(SALES, SALE, rows))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table(), "owner"))
                .hasMessageContaining("25000");

        assertSameRows(read(io, SALES, SALE), OLD_SALES);
    }

    @Test
    public void aFailedFirstWriteLeavesNoRowsBehind() {
        Stream<Sale> failing = LongStream.rangeClosed(1, 10_000).mapToObj(i -> {
            if (i == 5_000) {
                throw new IllegalStateException("source broke");
            }
            return new Sale(i, "new", 1.0, DAY);
        });
        assertThat(causes(catchThrowable(() -> io.write(SALES, SALE, failing))))
                .as("the exception thrown by the asset's stream, or its cause")
                .anySatisfy(e -> assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("source broke"));

        if (storage.capabilities().contains(Capability.TRANSACTIONAL_DDL)) {
            assertThatThrownBy(() -> read(io, SALES, SALE)).as("no table is left behind")
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertNames(e, "sales", SALES.table()))
                    .hasMessageContaining("materialized");
        } else {
            assertThat(read(io, SALES, SALE)).as("an empty table, without the failed write's rows").isEmpty();
        }
        assertThat(io.write(SALES, SALE, OLD_SALES.stream())).isEqualTo(3);
        assertSameRows(read(io, SALES, SALE), OLD_SALES);
    }

    @Test
    public void readersSeeTheOldRowsWhileAWriteIsUnderWayAndTheNewRowsAfterIt() throws Exception {
        assumeCapable(Capability.CONCURRENT_READERS);
        io.write(SALES, SALE, OLD_SALES.stream());
        CountDownLatch halfWritten = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        Stream<Sale> slow = LongStream.rangeClosed(1, 30_000).mapToObj(i -> {
            if (i == 20_000) {
                halfWritten.countDown();
                await(checked);
            }
            return new Sale(i, "new", 1.0, DAY);
        });
        CompletableFuture<Long> writing = CompletableFuture.supplyAsync(() -> io.write(SALES, SALE, slow));
        try {
            assertThat(halfWritten.await(60, TimeUnit.SECONDS)).as("the write reached row 20000").isTrue();

            List<Sale> during = CompletableFuture.supplyAsync(() -> read(open(storage.open()), SALES, SALE))
                    .get(30, TimeUnit.SECONDS);

            assertSameRows(during, OLD_SALES);
        } finally {
            checked.countDown();
        }
        assertThat(writing.get(60, TimeUnit.SECONDS)).isEqualTo(30_000);
        assertThat(read(io, SALES, SALE)).hasSize(30_000).allMatch(s -> s.owner().equals("new"));
    }

    // ---------------------------------------------------------------- schema policies

    @Test
    public void byDefaultAChangedTableFailsWithADiffNamingTheColumnsAndIsLeftAsItWas() {
        assumeCapable(Capability.SCHEMA_POLICIES);
        io.write(SALES, SALE, OLD_SALES.stream());

        assertThatThrownBy(() -> io.write(SALES, CHANGED_SALE, Stream.of(new ChangedSale(9, "x", "1", "web"))))
                .isInstanceOf(SchemaMismatchException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table(), "amount"))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("channel").containsIgnoringCase("day")
                        .doesNotContainIgnoringCase("owner"))
                .satisfies(e -> assertThat(((SchemaMismatchException) e).columns())
                        .map(String::toLowerCase).containsExactlyInAnyOrder("amount", "channel", "day"));

        assertSameRows(read(io, SALES, SALE), OLD_SALES);
    }

    @Test
    public void theFailPolicyRejectsEvenANewNullableColumn() {
        assumeCapable(Capability.SCHEMA_POLICIES);
        io.write(SALES, SALE, OLD_SALES.stream());
        IOManager failing = open(storage.open(SchemaPolicy.FAIL));

        assertThatThrownBy(() -> failing.write(SALES, REGIONAL_SALE,
                Stream.of(new RegionalSale(9, "x", 1.0, DAY, "north"))))
                .isInstanceOf(SchemaMismatchException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("region"));

        assertSameRows(read(io, SALES, SALE), OLD_SALES);
        assertThatThrownBy(() -> read(io, SALES, REGIONAL_SALE)).isInstanceOf(StorageException.class);
    }

    @Test
    public void theReplacePolicyRecreatesTheTableWithTheNewColumns() {
        assumeCapable(Capability.SCHEMA_POLICIES);
        io.write(SALES, SALE, OLD_SALES.stream());
        IOManager replacing = open(storage.open(SchemaPolicy.REPLACE));
        List<ChangedSale> changed = List.of(new ChangedSale(9, "x", "1.5", "web"));

        assertThat(replacing.write(SALES, CHANGED_SALE, changed.stream())).isEqualTo(1);

        assertSameRows(read(replacing, SALES, CHANGED_SALE), changed);
        assertThatThrownBy(() -> read(replacing, SALES, SALE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table()));
    }

    @Test
    public void theReplacePolicyOnOnePartitionKeepsEveryOtherPartition() {
        assumeCapable(Capability.SCHEMA_POLICIES);
        assumeCapable(Capability.PARTITION_SAFE_REPLACE);
        assumeTrue(io.supportsPartitions(), "this backend has no partitions");
        io.write(SALES, SALE, OLD_SALES.stream());
        IOManager replacing = open(storage.open(SchemaPolicy.REPLACE));
        RegionalSale north = new RegionalSale(9, "x", 1.0, DAY, "north");

        if (storage.capabilities().contains(Capability.REPLACE_REFUSES_ONE_PARTITION)) {
            assertThatThrownBy(() -> replacing.write(SALES.withPartition(dayPartition(DAY)), REGIONAL_SALE,
                    Stream.of(north)))
                    .isInstanceOf(SchemaMismatchException.class)
                    .satisfies(e -> assertNames(e, "sales", SALES.table(), "region"))
                    .hasMessageContaining("SchemaPolicy.REPLACE")
                    .hasMessageContaining("partition " + DAY);

            assertSameRows(read(io, SALES, SALE), OLD_SALES);
            assertThat(replacing.write(SALES.withPartition(dayPartition(DAY)), SALE,
                    Stream.of(new Sale(9, "x", 1.0, DAY)))).as("the same columns: a partition write").isEqualTo(1);
            assertSameRows(read(io, SALES, SALE), List.of(new Sale(9, "x", 1.0, DAY), OLD_SALES.get(1),
                    OLD_SALES.get(2)));
        } else {
            assertThat(replacing.write(SALES.withPartition(dayPartition(DAY)), REGIONAL_SALE, Stream.of(north)))
                    .isEqualTo(1);

            Sale second = OLD_SALES.get(1);
            Sale third = OLD_SALES.get(2);
            assertSameRows(read(io, SALES, REGIONAL_SALE), List.of(north,
                    new RegionalSale(second.id(), second.owner(), second.amount(), second.day(), null),
                    new RegionalSale(third.id(), third.owner(), third.amount(), third.day(), null)));
        }
    }

    @Test
    public void theReplacePolicyKeepsTheOldTableWhenTheWriteFails() {
        assumeCapable(Capability.SCHEMA_POLICIES);
        io.write(SALES, SALE, OLD_SALES.stream());
        IOManager replacing = open(storage.open(SchemaPolicy.REPLACE));
        Stream<ChangedSale> failing = LongStream.rangeClosed(1, 10_000).mapToObj(i -> {
            if (i == 5_000) {
                throw new IllegalStateException("source broke");
            }
            return new ChangedSale(i, "x", "1", "web");
        });

        assertThat(causes(catchThrowable(() -> replacing.write(SALES, CHANGED_SALE, failing))))
                .as("the exception thrown by the asset's stream, or its cause")
                .anySatisfy(e -> assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("source broke"));

        assertSameRows(read(io, SALES, SALE), OLD_SALES);
    }

    @Test
    public void theAddColumnsPolicyAddsNewNullableColumnsAndRejectsOtherChanges() {
        assumeCapable(Capability.SCHEMA_POLICIES);
        io.write(SALES, SALE, OLD_SALES.stream());
        IOManager adding = open(storage.open(SchemaPolicy.ADD_COLUMNS));
        List<RegionalSale> regional = List.of(new RegionalSale(4, "dan", 4.0, DAY, "north"),
                new RegionalSale(5, "eve", 5.0, DAY, null));

        assertThat(adding.write(SALES, REGIONAL_SALE, regional.stream())).isEqualTo(2);

        assertSameRows(read(adding, SALES, REGIONAL_SALE), regional);
        assertSameRows(read(adding, SALES, SALE), List.of(new Sale(4, "dan", 4.0, DAY), new Sale(5, "eve", 5.0, DAY)));
        assertThatThrownBy(() -> adding.write(SALES, CHANGED_SALE, Stream.of(new ChangedSale(9, "x", "1", "web"))))
                .isInstanceOf(SchemaMismatchException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table(), "amount"));
        assertSameRows(read(adding, SALES, REGIONAL_SALE), regional);
    }

    @Test
    public void theAddColumnsPolicyAddsNothingWhenTheWriteFails() {
        assumeCapable(Capability.SCHEMA_POLICIES);
        io.write(SALES, SALE, OLD_SALES.stream());
        IOManager adding = open(storage.open(SchemaPolicy.ADD_COLUMNS));
        Stream<RegionalSale> failing = LongStream.rangeClosed(1, 10_000).mapToObj(i -> {
            if (i == 5_000) {
                throw new IllegalStateException("source broke");
            }
            return new RegionalSale(i, "x", 1.0, DAY, "north");
        });

        assertThat(causes(catchThrowable(() -> adding.write(SALES, REGIONAL_SALE, failing))))
                .as("the exception thrown by the asset's stream, or its cause")
                .anySatisfy(e -> assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("source broke"));

        assertSameRows(read(io, SALES, SALE), OLD_SALES);
        assertThatThrownBy(() -> read(io, SALES, REGIONAL_SALE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table(), "region"));
    }

    // ---------------------------------------------------------------- read errors

    @Test
    public void readingATableThatWasNeverWrittenNamesAssetAndTable() {
        assertThatThrownBy(() -> read(io, SALES, SALE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table()))
                .hasMessageContaining("materialized");
    }

    @Test
    public void readingAColumnTheTableDoesNotHaveNamesAssetTableAndColumn() {
        io.write(SALES, SALE, OLD_SALES.stream());

        assertThatThrownBy(() -> read(io, SALES, REGIONAL_SALE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table(), "region"));
    }

    @Test
    public void readingAColumnOfAnotherTypeNamesAssetTableAndColumn() {
        io.write(SALES, CHANGED_SALE, Stream.of(new ChangedSale(1, "ann", "1.5", "web"),
                new ChangedSale(2, "bob", "ten", "shop")));

        assertThatThrownBy(() -> read(io, SALES, AMOUNT_OWNER))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "sales", SALES.table(), "amount"));
    }

    @Test
    public void readingNullIntoAPrimitiveComponentNamesAssetTableAndColumn() {
        TableSlice slice = slice("reviews");
        io.write(slice, REVIEW, Stream.of(new Review(1, 4.5, "fine"), new Review(2, null, "no score")));

        assertThatThrownBy(() -> read(io, slice, STRICT_SCORE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "reviews", slice.table(), "score"))
                .hasMessageContaining("NULL");
    }

    @Test
    public void readingNullIntoANonNullReferenceComponentNamesAssetTableAndColumn() {
        TableSlice slice = slice("reviews");
        io.write(slice, REVIEW, Stream.of(new Review(1, 4.5, "fine"), new Review(2, 3.0, null)));

        assertThatThrownBy(() -> read(io, slice, STRICT_NOTE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertNames(e, "reviews", slice.table(), "note"))
                .hasMessageContaining("NULL");
    }

    // ---------------------------------------------------------------- resources and concurrency

    @Test
    public void readStreamsClosedEarlyReleaseWhatTheyHold() throws Exception {
        List<Sale> many = LongStream.rangeClosed(1, 20_000).mapToObj(i -> new Sale(i, "old", 1.0, DAY)).toList();
        io.write(SALES, SALE, many.stream());

        for (int i = 0; i < 50; i++) {
            try (Stream<Sale> rows = io.read(SALES, SALE)) {
                Iterator<Sale> iterator = rows.iterator();
                for (int taken = 0; taken < i % 5 && iterator.hasNext(); taken++) {
                    assertThat(iterator.next().owner()).isEqualTo("old");
                }
            }
        }

        CompletableFuture<Long> write = CompletableFuture.supplyAsync(() -> io.write(SALES, SALE, OLD_SALES.stream()));
        assertThat(write.get(60, TimeUnit.SECONDS)).isEqualTo(3);
        assertSameRows(read(io, SALES, SALE), OLD_SALES);
    }

    @Test
    public void manyAssetsWrittenAtOnceAllLandInTheirOwnTables() throws Exception {
        int assets = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Long>> writes = new ArrayList<>();
            for (int a = 0; a < assets; a++) {
                String owner = "owner_" + a;
                TableSlice slice = slice("asset_" + a);
                long rows = 1_000 + 500L * a;
                writes.add(pool.submit(() -> io.write(slice, SALE,
                        LongStream.rangeClosed(1, rows).mapToObj(i -> new Sale(i, owner, i / 2.0, DAY)))));
            }
            for (int a = 0; a < assets; a++) {
                assertThat(writes.get(a).get(90, TimeUnit.SECONDS)).isEqualTo(1_000 + 500L * a);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int a = 0; a < assets; a++) {
            String owner = "owner_" + a;
            List<Sale> stored = read(io, slice("asset_" + a), SALE);
            assertThat(stored).hasSize(1_000 + 500 * a).allMatch(s -> s.owner().equals(owner));
            assertThat(stored.stream().mapToLong(Sale::id).sum()).isEqualTo(sumTo(1_000 + 500L * a));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The slice of asset {@code asset}, stored in table {@code <asset>_table} of the default schema. */
    public static TableSlice slice(String asset) {
        return new TableSlice(asset, null, asset + "_table");
    }

    /** The partition of {@code day} in column {@code day}, as a daily time window. */
    protected static TablePartition dayPartition(LocalDate day) {
        return TablePartition.range(day.toString(), "day", day, day.plusDays(1));
    }

    /** Registers an IO manager opened by a test, so that it is closed after the test. */
    protected final IOManager open(IOManager manager) {
        opened.add(manager);
        return manager;
    }

    /** This test's storage. */
    protected final ContractStorage storage() {
        return storage;
    }

    private void assumeCapable(Capability capability) {
        assumeTrue(storage.capabilities().contains(capability),
                () -> "this backend does not have " + capability);
    }

    private static <T> List<T> read(IOManager manager, TableSlice slice, RowType<T> rowType) {
        try (Stream<T> rows = manager.read(slice, rowType)) {
            return rows.toList();
        }
    }

    private static <T> void assertSameRows(List<T> actual, List<T> expected) {
        assertThat(actual).usingRecursiveFieldByFieldElementComparator(TypeSamples.exact())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The message names the asset (quoted), the table (qualified as the backend does) and the columns. */
    private void assertNames(Throwable error, String asset, String table, String... columns) {
        String message = error.getMessage();
        assertThat(message).as("the message of %s", error).isNotNull()
                .contains("'" + asset + "'")
                .containsIgnoringCase(storage.qualifiedName(table));
        for (String column : columns) {
            assertThat(message).as("the message of %s", error).containsIgnoringCase(column);
        }
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not release the writer within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long sumTo(long n) {
        return n * (n + 1) / 2;
    }
}
