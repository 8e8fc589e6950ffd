package dev.assetflow.duckdb;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.JdbcRowSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Field;

/**
 * DuckDB's result sets. {@code getObject(i, LocalTime.class)} is not supported, {@code getObject(i)} is. The
 * driver turns {@code DATE}, {@code TIMESTAMP} and {@code TIMESTAMP WITH TIME ZONE} into Java values through
 * the JVM's default zone and its Julian calendar ({@code 2024-03-10T07:00Z} read as {@code 09:00Z} in
 * America/New_York, {@code 1582-10-10} as {@code 1582-10-20}, year 0 as year 1), so the query selects them
 * as numbers ({@link #select}) and this source builds the values from those, exactly and in any zone.
 */
final class DuckDbRowSource extends JdbcRowSource {

    DuckDbRowSource(String asset, String table, List<Column> columns, ResultSet resultSet) {
        super(asset, table, columns, resultSet);
    }

    /**
     * What the query selects for {@code column}: days since 1970-01-01 for a date, microseconds since
     * 1970-01-01T00:00Z for a timestamp (with or without time zone), else the column.
     */
    static Field<?> select(Column column) {
        Field<Object> stored = field(name(column.name()));
        return switch (column.type()) {
            case DATE -> field("date_diff('day', DATE '1970-01-01', {0})", Long.class, stored).as(column.name());
            case TIMESTAMP, TIMESTAMP_TZ -> field("epoch_us({0})", Long.class, stored).as(column.name());
            default -> stored;
        };
    }

    @Override
    protected LocalTime fetchTime(int index) throws SQLException {
        return (LocalTime) resultSet().getObject(index);
    }

    @Override
    protected LocalDate fetchDate(int index) throws SQLException {
        long days = resultSet().getLong(index);
        return resultSet().wasNull() ? null : LocalDate.ofEpochDay(days);
    }

    @Override
    protected LocalDateTime fetchTimestamp(int index) throws SQLException {
        long micros = resultSet().getLong(index);
        return resultSet().wasNull() ? null : LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }

    @Override
    protected Instant fetchInstant(int index) throws SQLException {
        long micros = resultSet().getLong(index);
        return resultSet().wasNull() ? null : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000);
    }
}
