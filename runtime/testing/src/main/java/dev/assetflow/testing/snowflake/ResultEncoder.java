package dev.assetflow.testing.snowflake;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Encodes a DuckDB result as Snowflake's JSON result: a {@code rowtype} and rows of strings. */
final class ResultEncoder {

    private ResultEncoder() {
    }

    static List<ResultColumn> columns(ResultSetMetaData meta) throws SQLException {
        List<ResultColumn> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(SnowflakeTypes.resultColumn(Identifiers.decode(meta.getColumnLabel(i)), meta.getColumnTypeName(i)));
        }
        return columns;
    }

    static QueryResult encode(ResultSet rs) throws SQLException {
        List<ResultColumn> columns = columns(rs.getMetaData());
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                row.add(cell(rs, i + 1, columns.get(i).type()));
            }
            rows.add(row);
        }
        return new QueryResult(StatementTypes.SELECT, columns, rows);
    }

    private static String cell(ResultSet rs, int index, String type) throws SQLException {
        switch (type) {
            case "fixed": {
                BigDecimal value = rs.getBigDecimal(index);
                return value == null ? null : value.toPlainString();
            }
            case "real": {
                double value = rs.getDouble(index);
                return rs.wasNull() ? null : Double.toString(value);
            }
            case "boolean": {
                boolean value = rs.getBoolean(index);
                return rs.wasNull() ? null : value ? "1" : "0";
            }
            case "date": {
                // Not getObject(index, LocalDate.class): DuckDB's driver builds that through java.sql.Date, whose
                // Julian calendar shifts dates before 1582 and rejects BC leap days; its plain getObject does not.
                Object value = rs.getObject(index);
                return value == null ? null : Long.toString(((LocalDate) value).toEpochDay());
            }
            case "time": {
                Object raw = rs.getObject(index);
                LocalTime value = raw instanceof java.sql.Time time ? time.toLocalTime() : (LocalTime) raw;
                return value == null ? null : seconds(value.toNanoOfDay() / 1_000_000_000L, value.getNano());
            }
            case "timestamp_ntz": {
                LocalDateTime value = rs.getObject(index, LocalDateTime.class);
                return value == null ? null
                        : seconds(value.toEpochSecond(ZoneOffset.UTC), value.getNano());
            }
            case "timestamp_tz": {
                // The stored microseconds since the epoch, at offset +00:00 (index 1440): the session's UTC, which
                // is the offset the IO manager writes. Not getObject: DuckDB's driver turns TIMESTAMPTZ into an
                // OffsetDateTime through the JVM's zone and resolves the local time again, so in a JVM in New
                // York 2024-11-03T06:00Z came back as 01:00-04:00, an hour early (and DST starts an hour late).
                long micros = rs.getLong(index);
                if (rs.wasNull()) {
                    return null;
                }
                return seconds(Math.floorDiv(micros, 1_000_000L), (int) Math.floorMod(micros, 1_000_000L) * 1000)
                        + " 1440";
            }
            case "binary": {
                byte[] value = rs.getBytes(index);
                return value == null ? null : HexFormat.of().withUpperCase().formatHex(value);
            }
            default:
                return rs.getString(index);
        }
    }

    /**
     * Seconds since the epoch (or since midnight) as the signed decimal number they are, with nine
     * fraction digits, as Snowflake's JSON results send time values: 1969-12-31T23:59:59.5Z is
     * {@code -0.500000000}, not the floored second with a forward fraction. The driver parses the text
     * with {@code new BigDecimal(text)} ({@code TimeUtil.parseSecondsSinceEpoch}) for getString,
     * getTimestamp and getTime alike, and floors only when it splits the nanoseconds into a
     * {@code java.sql.Timestamp} ({@code TimeUtil.timestampFromNs}).
     */
    private static String seconds(long flooredSeconds, int nanos) {
        return BigDecimal.valueOf(flooredSeconds).add(BigDecimal.valueOf(nanos, 9)).setScale(9).toPlainString();
    }
}
