package dev.assetflow.snowflake;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.JdbcRowSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;

/**
 * Snowflake's result sets. Dates and timestamps are selected as numbers that Snowflake computes
 * ({@link #select}): days since 1970-01-01 for a {@code DATE}, nanoseconds since 1970-01-01T00:00 (UTC for an
 * instant) for a timestamp, and the Java values are built from them here. Nothing goes through the driver's
 * date and time conversions, which depend on the JVM: its {@code getDate}/{@code getTimestamp} use
 * {@code java.sql} types in the JVM's time zone, and even its {@code getString} formats dates through
 * {@code java.sql.Date} in the JVM's zone and moves dates and timestamps before 1582-10-15 by the
 * Julian-to-Gregorian difference ({@code ResultUtil.getDateAsString}, {@code ResultUtil.adjustTimestamp}).
 * Times are read from the ISO text the session's {@code TIME_OUTPUT_FORMAT}
 * ({@link SnowflakeConnections#SESSION_SETUP}) makes the driver render, nanoseconds of the day that no zone
 * touches. UUIDs are stored as text.
 */
final class SnowflakeRowSource extends JdbcRowSource {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    SnowflakeRowSource(String asset, String table, List<Column> columns, ResultSet resultSet) {
        super(asset, table, columns, resultSet);
    }

    /**
     * What the query selects for {@code column} (named in upper case, as stored): the days since 1970-01-01 of
     * a date, the nanoseconds since 1970-01-01T00:00 of a timestamp (of the instant, at UTC, with time zone),
     * else the column. jOOQ has no Snowflake dialect, so the two functions are templates.
     */
    static Field<?> select(Column column) {
        Field<Object> stored = field(name(column.name()));
        return switch (column.type()) {
            case DATE -> field("datediff(day, cast('1970-01-01' as date), {0})", Long.class, stored)
                    .as(column.name());
            case TIMESTAMP, TIMESTAMP_TZ -> field("date_part(epoch_nanosecond, {0})", BigDecimal.class, stored)
                    .as(column.name());
            default -> stored;
        };
    }

    @Override
    protected LocalDate fetchDate(int index) throws SQLException {
        long days = resultSet().getLong(index);
        return resultSet().wasNull() ? null : LocalDate.ofEpochDay(days);
    }

    @Override
    protected LocalDateTime fetchTimestamp(int index) throws SQLException {
        BigDecimal nanos = resultSet().getBigDecimal(index);
        return nanos == null ? null : LocalDateTime.ofEpochSecond(seconds(nanos), nanoOfSecond(nanos), ZoneOffset.UTC);
    }

    @Override
    protected Instant fetchInstant(int index) throws SQLException {
        BigDecimal nanos = resultSet().getBigDecimal(index);
        return nanos == null ? null : Instant.ofEpochSecond(seconds(nanos), nanoOfSecond(nanos));
    }

    private static long seconds(BigDecimal nanos) {
        return nanos.divide(NANOS_PER_SECOND, 0, RoundingMode.FLOOR).longValueExact();
    }

    private static int nanoOfSecond(BigDecimal nanos) {
        BigDecimal remainder = nanos.remainder(NANOS_PER_SECOND);
        return remainder.signum() < 0 ? remainder.add(NANOS_PER_SECOND).intValueExact() : remainder.intValueExact();
    }

    @Override
    protected LocalTime fetchTime(int index) throws SQLException {
        String text = resultSet().getString(index);
        return text == null ? null : parse(text, LocalTime::parse);
    }

    @Override
    protected UUID fetchUuid(int index) throws SQLException {
        String text = resultSet().getString(index);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new SQLException("'" + text + "' is not a UUID", e);
        }
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) throws SQLException {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw new SQLException("the driver returned '" + text + "', which is not in the session's ISO output"
                    + " format; was the session's *_OUTPUT_FORMAT changed?", e);
        }
    }
}
