package dev.assetflow.testing;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Small records and their row types, written by hand the way the annotation processor generates them.
 * {@link Sale} is shared by the contract and the IO manager tests.
 */
public final class ContractRows {

    private ContractRows() {
    }

    /** The usual shape of an asset. */
    public record Sale(long id, String owner, double amount, LocalDate day) {
    }

    public static final RowType<Sale> SALE = RowType.of(
            "test.Sale",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("owner", ColumnType.VARCHAR, false),
                    Column.of("amount", ColumnType.DOUBLE, false),
                    Column.of("day", ColumnType.DATE, false)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putString(row.owner());
                sink.putDouble(row.amount());
                sink.putDate(row.day());
            },
            source -> new Sale(source.getLong(0), source.getString(1), source.getDouble(2), source.getDate(3)));

    /** A projection of {@link Sale}: two of its columns, in the opposite order. */
    public record AmountOwner(double amount, String owner) {
    }

    public static final RowType<AmountOwner> AMOUNT_OWNER = RowType.of(
            "test.AmountOwner",
            List.of(
                    Column.of("amount", ColumnType.DOUBLE, false),
                    Column.of("owner", ColumnType.VARCHAR, false)),
            (row, sink) -> {
                sink.putDouble(row.amount());
                sink.putString(row.owner());
            },
            source -> new AmountOwner(source.getDouble(0), source.getString(1)));

    /** {@link Sale} with a new {@code @Nullable String region} at the end: what ADD_COLUMNS may add. */
    public record RegionalSale(long id, String owner, double amount, LocalDate day, String region) {
    }

    public static final RowType<RegionalSale> REGIONAL_SALE = RowType.of(
            "test.RegionalSale",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("owner", ColumnType.VARCHAR, false),
                    Column.of("amount", ColumnType.DOUBLE, false),
                    Column.of("day", ColumnType.DATE, false),
                    Column.of("region", ColumnType.VARCHAR, true)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putString(row.owner());
                sink.putDouble(row.amount());
                sink.putDate(row.day());
                sink.putString(row.region());
            },
            source -> new RegionalSale(source.getLong(0), source.getString(1), source.getDouble(2),
                    source.getDate(3), source.getString(4)));

    /**
     * {@link Sale} changed incompatibly: {@code amount} became a {@code String}, {@code day} is gone and a
     * NOT NULL {@code channel} is new.
     */
    public record ChangedSale(long id, String owner, String amount, String channel) {
    }

    public static final RowType<ChangedSale> CHANGED_SALE = RowType.of(
            "test.ChangedSale",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("owner", ColumnType.VARCHAR, false),
                    Column.of("amount", ColumnType.VARCHAR, false),
                    Column.of("channel", ColumnType.VARCHAR, false)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putString(row.owner());
                sink.putString(row.amount());
                sink.putString(row.channel());
            },
            source -> new ChangedSale(source.getLong(0), source.getString(1), source.getString(2),
                    source.getString(3)));

    /** Narrow numbers: written as INTEGER and REAL. */
    public record Count(int count, float ratio) {
    }

    public static final RowType<Count> COUNT = RowType.of(
            "test.Count",
            List.of(
                    Column.of("count", ColumnType.INTEGER, false),
                    Column.of("ratio", ColumnType.REAL, false)),
            (row, sink) -> {
                sink.putInt(row.count());
                sink.putFloat(row.ratio());
            },
            source -> new Count(source.getInt(0), source.getFloat(1)));

    /** {@link Count} read widened: int to long, float to double. */
    public record WideCount(long count, double ratio) {
    }

    public static final RowType<WideCount> WIDE_COUNT = RowType.of(
            "test.WideCount",
            List.of(
                    Column.of("count", ColumnType.BIGINT, false),
                    Column.of("ratio", ColumnType.DOUBLE, false)),
            (row, sink) -> {
                sink.putLong(row.count());
                sink.putDouble(row.ratio());
            },
            source -> new WideCount(source.getLong(0), source.getDouble(1)));

    /** {@link Count} read into boxes: primitive to {@code @Nullable} box. */
    public record BoxedCount(Integer count, Float ratio) {
    }

    public static final RowType<BoxedCount> BOXED_COUNT = RowType.of(
            "test.BoxedCount",
            List.of(
                    Column.of("count", ColumnType.INTEGER, true),
                    Column.of("ratio", ColumnType.REAL, true)),
            (row, sink) -> {
                var count = row.count();
                if (count == null) {
                    sink.putNull();
                } else {
                    sink.putInt(count);
                }
                var ratio = row.ratio();
                if (ratio == null) {
                    sink.putNull();
                } else {
                    sink.putFloat(ratio);
                }
            },
            source -> new BoxedCount(source.getIntOrNull(0), source.getFloatOrNull(1)));

    /** Text in a NOT NULL and a nullable column. */
    public record Text(long id, String text, String maybe) {
    }

    public static final RowType<Text> TEXT = RowType.of(
            "test.Text",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("text", ColumnType.VARCHAR, false),
                    Column.of("maybe", ColumnType.VARCHAR, true)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putString(row.text());
                sink.putString(row.maybe());
            },
            source -> new Text(source.getLong(0), source.getString(1), source.getString(2)));

    /** A nullable score and note. */
    public record Review(long id, Double score, String note) {
    }

    public static final RowType<Review> REVIEW = RowType.of(
            "test.Review",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("score", ColumnType.DOUBLE, true),
                    Column.of("note", ColumnType.VARCHAR, true)),
            (row, sink) -> {
                sink.putLong(row.id());
                var score = row.score();
                if (score == null) {
                    sink.putNull();
                } else {
                    sink.putDouble(score);
                }
                sink.putString(row.note());
            },
            source -> new Review(source.getLong(0), source.getDoubleOrNull(1), source.getString(2)));

    /** Reads {@link Review}'s score into a primitive: fails on a NULL score. */
    public record StrictScore(long id, double score) {
    }

    public static final RowType<StrictScore> STRICT_SCORE = RowType.of(
            "test.StrictScore",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("score", ColumnType.DOUBLE, false)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putDouble(row.score());
            },
            source -> new StrictScore(source.getLong(0), source.getDouble(1)));

    /** Reads {@link Review}'s note into a non-null String: fails on a NULL note. */
    public record StrictNote(long id, String note) {
    }

    public static final RowType<StrictNote> STRICT_NOTE = RowType.of(
            "test.StrictNote",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("note", ColumnType.VARCHAR, false)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putString(row.note());
            },
            source -> new StrictNote(source.getLong(0), source.getString(1)));

    /** Two numbers and two names, partitioned by {@code day}. */
    public record Pair(long a, long b, String first, String last, LocalDate day) {
    }

    public static final RowType<Pair> PAIR = RowType.of(
            "test.Pair",
            List.of(
                    Column.of("a", ColumnType.BIGINT, false),
                    Column.of("b", ColumnType.BIGINT, false),
                    Column.of("first", ColumnType.VARCHAR, false),
                    Column.of("last", ColumnType.VARCHAR, false),
                    Column.of("day", ColumnType.DATE, false)),
            (row, sink) -> {
                sink.putLong(row.a());
                sink.putLong(row.b());
                sink.putString(row.first());
                sink.putString(row.last());
                sink.putDate(row.day());
            },
            source -> new Pair(source.getLong(0), source.getLong(1), source.getString(2), source.getString(3),
                    source.getDate(4)));

    /** {@link Pair} with its components declared in another order: the same columns. */
    public record SwappedPair(LocalDate day, long b, long a, String last, String first) {
    }

    public static final RowType<SwappedPair> SWAPPED_PAIR = RowType.of(
            "test.SwappedPair",
            List.of(
                    Column.of("day", ColumnType.DATE, false),
                    Column.of("b", ColumnType.BIGINT, false),
                    Column.of("a", ColumnType.BIGINT, false),
                    Column.of("last", ColumnType.VARCHAR, false),
                    Column.of("first", ColumnType.VARCHAR, false)),
            (row, sink) -> {
                sink.putDate(row.day());
                sink.putLong(row.b());
                sink.putLong(row.a());
                sink.putString(row.last());
                sink.putString(row.first());
            },
            source -> new SwappedPair(source.getDate(0), source.getLong(1), source.getLong(2), source.getString(3),
                    source.getString(4)));

    /** One moment three ways: an instant, an offset date-time and a local date-time. */
    public record Moment(long id, Instant at, OffsetDateTime offsetAt, LocalDateTime local) {
    }

    public static final RowType<Moment> MOMENT = RowType.of(
            "test.Moment",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("at", ColumnType.TIMESTAMP_TZ, false),
                    Column.of("offset_at", ColumnType.TIMESTAMP_TZ, false),
                    Column.of("local", ColumnType.TIMESTAMP, false)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putInstant(row.at());
                sink.putOffsetDateTime(row.offsetAt());
                sink.putTimestamp(row.local());
            },
            source -> new Moment(source.getLong(0), source.getInstant(1), source.getOffsetDateTime(2),
                    source.getTimestamp(3)));

    /** A date. */
    public record Day(long id, LocalDate day) {
    }

    public static final RowType<Day> DAY = RowType.of(
            "test.Day",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("day", ColumnType.DATE, false)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putDate(row.day());
            },
            source -> new Day(source.getLong(0), source.getDate(1)));
}
