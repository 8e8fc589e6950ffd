package dev.assetflow.snowflake;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.JdbcRowSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Snowflake's result sets: dates, times and timestamps are read from the ISO text that the session's
 * output formats ({@link SnowflakeConnections#SESSION_SETUP}) make the driver render, with nanoseconds and
 * the offset. The driver's {@code getDate}/{@code getTimestamp} go through {@code java.sql} types and the
 * JVM's time zone and calendar (wrong before 1582), and jOOQ cannot parse Snowflake's default timestamp
 * format. The driver turns the wire value (signed decimal seconds since the epoch, e.g.
 * {@code -0.000001000} for 1969-12-31T23:59:59.999999) into that text exactly, before 1970 too. UUIDs are
 * stored as text.
 */
final class SnowflakeRowSource extends JdbcRowSource {

    SnowflakeRowSource(String asset, String table, List<Column> columns, ResultSet resultSet) {
        super(asset, table, columns, resultSet);
    }

    @Override
    protected LocalDate fetchDate(int index) throws SQLException {
        String text = resultSet().getString(index);
        return text == null ? null : parse(text, LocalDate::parse);
    }

    @Override
    protected LocalTime fetchTime(int index) throws SQLException {
        String text = resultSet().getString(index);
        return text == null ? null : parse(text, LocalTime::parse);
    }

    @Override
    protected LocalDateTime fetchTimestamp(int index) throws SQLException {
        String text = resultSet().getString(index);
        return text == null ? null : parse(text, LocalDateTime::parse);
    }

    @Override
    protected Instant fetchInstant(int index) throws SQLException {
        String text = resultSet().getString(index);
        return text == null ? null : parse(text, OffsetDateTime::parse).toInstant();
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
