package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every column type the Snowflake IO manager uses, written and read through the real driver. */
class SnowflakeEmulatorTypesTest extends EmulatorTestBase {

    private static final String TABLE = "\"TYPES\".\"ALL_TYPES\"";
    private static final String COLUMNS = "(\"ID\" NUMBER(19, 0) not null, \"NAME\" VARCHAR not null, \"AMOUNT\" FLOAT,"
            + " \"DAY\" DATE, \"AT\" TIMESTAMP_NTZ, \"TS\" TIMESTAMP_TZ, \"OK\" BOOLEAN, \"BLOB\" BINARY,"
            + " \"D\" NUMBER(12, 2), \"T\" TIME)";
    private static final String SELECT = "select \"ID\", \"NAME\", \"AMOUNT\", \"DAY\", \"AT\", \"TS\", \"OK\", \"BLOB\","
            + " \"D\", \"T\" from " + TABLE + " order by \"ID\"";

    @BeforeAll
    static void createSchema() throws SQLException {
        update(connection, "create schema if not exists \"TYPES\"");
    }

    @BeforeEach
    void freshTable() throws SQLException {
        update(connection, "create or replace table " + TABLE + " " + COLUMNS);
    }

    @Test
    void literalsOfEveryTypeComeBackWithTheirJdbcTypesAndValues() throws SQLException {
        update(connection, "insert into " + TABLE + " values (9007199254740993, 'Grüße, 世界 \\'quoted\\'', 1.5,"
                + " '2024-01-01', '2024-01-01 00:00:00.123456', '2024-01-01 10:00:00+01:00', true, to_binary('CAFE'),"
                + " 12.34, '01:02:03.5')");
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SELECT)) {
            ResultSetMetaData meta = rs.getMetaData();
            assertThat(meta.getColumnType(1)).isEqualTo(Types.BIGINT);
            assertThat(meta.getColumnType(2)).isEqualTo(Types.VARCHAR);
            assertThat(meta.getColumnType(3)).isEqualTo(Types.DOUBLE);
            assertThat(meta.getColumnType(4)).isEqualTo(Types.DATE);
            assertThat(meta.getColumnType(5)).isEqualTo(Types.TIMESTAMP);
            assertThat(meta.getColumnType(6)).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
            assertThat(meta.getColumnType(7)).isEqualTo(Types.BOOLEAN);
            assertThat(meta.getColumnType(8)).isEqualTo(Types.BINARY);
            assertThat(meta.getColumnType(9)).isEqualTo(Types.DECIMAL);
            assertThat(meta.getPrecision(9)).isEqualTo(12);
            assertThat(meta.getScale(9)).isEqualTo(2);
            assertThat(meta.getColumnType(10)).isEqualTo(Types.TIME);
            assertThat(meta.getColumnName(1)).isEqualTo("ID");

            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isEqualTo(9007199254740993L);
            assertThat(rs.getString(2)).isEqualTo("Grüße, 世界 'quoted'");
            assertThat(rs.getDouble(3)).isEqualTo(1.5);
            assertThat(rs.getDate(4).toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(rs.getTimestamp(5).toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_000));
            assertThat(rs.getTimestamp(6).toInstant()).isEqualTo(Instant.parse("2024-01-01T09:00:00Z"));
            assertThat(rs.getBoolean(7)).isTrue();
            assertThat(rs.getBytes(8)).containsExactly(0xCA, 0xFE);
            assertThat(rs.getBigDecimal(9)).isEqualByComparingTo("12.34");
            assertThat(rs.getTime(10).toLocalTime()).isEqualTo(LocalTime.of(1, 2, 3));
            assertThat(rs.getString(10)).startsWith("01:02:03");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void getStringFollowsTheSessionOutputFormats() throws SQLException {
        update(connection, "insert into " + TABLE + " (\"ID\", \"NAME\", \"DAY\", \"AT\", \"TS\") values (1, 'x',"
                + " '2024-01-02', '2024-01-01 00:00:00.123456', '2024-01-01 10:00:00+01:00')");
        String select = "select \"DAY\", \"AT\", \"TS\" from " + TABLE;
        assertThat(EmulatorTestSupport.rows(connection, select))
                .containsExactly(java.util.List.of("2024-01-02", "2024-01-01 00:00:00.123", "2024-01-01 09:00:00.000 Z"));
        update(connection, "alter session set TIMESTAMP_NTZ_OUTPUT_FORMAT = 'YYYY-MM-DD\"T\"HH24:MI:SS.FF6'");
        try {
            assertThat(EmulatorTestSupport.single(connection, "select \"AT\" from " + TABLE))
                    .isEqualTo("2024-01-01T00:00:00.123456");
        } finally {
            update(connection, "alter session unset TIMESTAMP_NTZ_OUTPUT_FORMAT");
        }
        assertThat(EmulatorTestSupport.single(connection, "select \"AT\" from " + TABLE)).isEqualTo("2024-01-01 00:00:00.123");
    }

    @Test
    void nullsOfEveryTypeAreNull() throws SQLException {
        update(connection, "insert into " + TABLE + " (\"ID\", \"NAME\") values (1, '')");
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SELECT)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEmpty();
            for (int column = 3; column <= 10; column++) {
                assertThat(rs.getObject(column)).as("column %d", column).isNull();
            }
            rs.getDouble(3);
            assertThat(rs.wasNull()).isTrue();
            rs.getBoolean(7);
            assertThat(rs.wasNull()).isTrue();
        }
    }

    @Test
    void boundValuesOfEveryTypeRoundTrip() throws SQLException {
        String insert = "insert into " + TABLE + " (\"ID\", \"NAME\", \"AMOUNT\", \"DAY\", \"AT\", \"TS\", \"OK\", \"BLOB\","
                + " \"D\", \"T\") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2023, 12, 31, 23, 59, 58, 999_999_000));
        // A whole second: for a Timestamp before 1970 with a fraction the driver binds
        // (getTime() / 1000) * 10^9 + getNanos(), and Java's division truncates toward zero, so real
        // Snowflake stores it one second late (see boundTimestampsBefore1970KeepTheDriversTruncation).
        Timestamp instant = Timestamp.from(Instant.parse("1969-07-20T20:17:40Z"));
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
            ps.setLong(1, Long.MAX_VALUE);
            ps.setString(2, "naïve ☃ \"quotes\", commas\nnewline");
            ps.setDouble(3, -0.25);
            ps.setDate(4, java.sql.Date.valueOf(LocalDate.of(1999, 12, 31)));
            ps.setTimestamp(5, at);
            ps.setTimestamp(6, instant);
            ps.setBoolean(7, false);
            ps.setBytes(8, new byte[] {0, 1, (byte) 0xFF});
            ps.setBigDecimal(9, new BigDecimal("-1234567890.12"));
            ps.setTime(10, java.sql.Time.valueOf(LocalTime.of(23, 59, 59)));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
            ps.setLong(1, 2);
            ps.setString(2, "nulls");
            for (int p = 3; p <= 10; p++) {
                ps.setNull(p, Types.NULL);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SELECT)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(2);
            assertThat(rs.getObject(3)).isNull();
            assertThat(rs.getObject(8)).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(Long.MAX_VALUE);
            assertThat(rs.getString(2)).isEqualTo("naïve ☃ \"quotes\", commas\nnewline");
            assertThat(rs.getDouble(3)).isEqualTo(-0.25);
            assertThat(rs.getDate(4).toLocalDate()).isEqualTo(LocalDate.of(1999, 12, 31));
            assertThat(rs.getTimestamp(5)).isEqualTo(at);
            assertThat(rs.getTimestamp(6).toInstant()).isEqualTo(Instant.parse("1969-07-20T20:17:40Z"));
            assertThat(rs.getBoolean(7)).isFalse();
            assertThat(rs.getBytes(8)).containsExactly(0, 1, 0xFF);
            assertThat(rs.getBigDecimal(9)).isEqualByComparingTo("-1234567890.12");
            assertThat(rs.getTime(10).toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
        }
    }

    /**
     * Snowflake's JSON results carry a timestamp as the signed decimal number of seconds since the epoch
     * ({@code -0.000001000} for 1969-12-31T23:59:59.999999), and the driver parses that text as one
     * {@code BigDecimal} for getString and getTimestamp alike; a floored second with a forward fraction
     * ({@code -1.999999000}) would read as 23:59:58.000001.
     */
    @Test
    void timestampsBefore1970WithAFractionReadBackExactly() throws SQLException {
        update(connection, "insert into " + TABLE + " (\"ID\", \"NAME\", \"AT\", \"TS\") values"
                + " (1, 'a', '1969-12-31 23:59:59.999999', '1969-12-31 23:59:59.999999+00:00'),"
                + " (2, 'b', '1969-07-20 20:17:40.5', '1969-07-20 20:17:40.5+00:00')");
        update(connection, "alter session set TIMESTAMP_NTZ_OUTPUT_FORMAT = 'YYYY-MM-DD\"T\"HH24:MI:SS.FF9',"
                + " TIMESTAMP_TZ_OUTPUT_FORMAT = 'YYYY-MM-DD\"T\"HH24:MI:SS.FF9TZH:TZM'");
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SELECT)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(5)).isEqualTo("1969-12-31T23:59:59.999999000");
            assertThat(rs.getTimestamp(5).toInstant()).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
            assertThat(rs.getString(6)).isEqualTo("1969-12-31T23:59:59.999999000Z");
            assertThat(rs.getTimestamp(6).toInstant()).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(5)).isEqualTo("1969-07-20T20:17:40.500000000");
            assertThat(rs.getTimestamp(6).toInstant()).isEqualTo(Instant.parse("1969-07-20T20:17:40.5Z"));
        } finally {
            update(connection, "alter session unset TIMESTAMP_NTZ_OUTPUT_FORMAT, TIMESTAMP_TZ_OUTPUT_FORMAT");
        }
    }

    /**
     * The driver binds a Timestamp as {@code (getTime() / 1000) * 10^9 + getNanos()} nanoseconds, with a
     * division that truncates toward zero: before 1970 with a fraction that is one second late, and the
     * emulator stores what the driver sent, as Snowflake does. (The IO manager never binds timestamps: it
     * loads CSV.)
     */
    @Test
    void boundTimestampsBefore1970KeepTheDriversTruncation() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into " + TABLE + " (\"ID\", \"NAME\", \"TS\") values (?, ?, ?)")) {
            ps.setLong(1, 1);
            ps.setString(2, "bound");
            ps.setTimestamp(3, Timestamp.from(Instant.parse("1969-07-20T20:17:40.5Z")));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SELECT)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getTimestamp(6).toInstant()).isEqualTo(Instant.parse("1969-07-20T20:17:41.5Z"));
        }
    }

    /**
     * A TIMESTAMP_TZ comes back as the instant stored, at the session's offset +00:00, whatever the JVM's zone
     * (the emulator runs in the client's JVM). It used to go through DuckDB's driver's OffsetDateTime, which
     * resolves the local time in the JVM's zone again: in New York 2024-11-03T06:00Z (01:00 EST, the repeated
     * hour) came back as 05:00Z and 2024-03-10T07:00Z (03:00 EDT) as 08:00Z.
     */
    @Test
    void timestampTzReadsBackTheSameInstantAtUtcWhateverTheJvmZone() throws SQLException {
        update(connection, "insert into " + TABLE + " (\"ID\", \"NAME\", \"TS\") values"
                + " (1, 'fall back', '2024-11-03 06:00:00+00:00'), (2, 'spring forward', '2024-03-10 07:00:00+00:00'),"
                + " (3, 'old', '1000-06-15 12:34:56.123456+00:00')");
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select date_part(epoch_nanosecond, \"TS\"), \"TS\" from " + TABLE
                        + " order by \"ID\"")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).isEqualTo(new BigDecimal("1730613600000000000"));
            assertThat(rs.getTimestamp(2).toInstant()).isEqualTo(Instant.parse("2024-11-03T06:00:00Z"));
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).isEqualTo(new BigDecimal("1710054000000000000"));
            assertThat(rs.getTimestamp(2).toInstant()).isEqualTo(Instant.parse("2024-03-10T07:00:00Z"));
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).isEqualTo(BigDecimal.valueOf(
                    Instant.parse("1000-06-15T12:34:56.123456Z").getEpochSecond()).movePointRight(9)
                    .add(BigDecimal.valueOf(123_456_000)));
        } finally {
            java.util.TimeZone.setDefault(original);
        }
    }

    /**
     * A DATE before 1582 and BC comes back: the emulator used to fail on it ("Invalid date 'February 29' as
     * '1005' is not a leap year") because DuckDB's driver builds {@code getObject(i, LocalDate.class)} through
     * the Julian {@code java.sql.Date}. DATEDIFF counts days in the proleptic Gregorian calendar.
     */
    @Test
    void datesBefore1582AndBcReadBackAsTheirDaysSince1970() throws SQLException {
        update(connection, "insert into " + TABLE + " (\"ID\", \"NAME\", \"DAY\") values"
                + " (1, 'bc', cast('-1004-02-29' as date)), (2, 'julian', '1582-10-10'), (3, 'max', '9999-12-31')");
        List<List<String>> rows = EmulatorTestSupport.rows(connection, "select datediff(day, cast('1970-01-01' as date),"
                + " \"DAY\"), \"DAY\" from " + TABLE + " order by \"ID\"");
        assertThat(rows).extracting(row -> row.get(0)).containsExactly(
                Long.toString(LocalDate.parse("-1004-02-29").toEpochDay()),
                Long.toString(LocalDate.parse("1582-10-10").toEpochDay()),
                Long.toString(LocalDate.parse("9999-12-31").toEpochDay()));
    }

    /**
     * {@code DATE_PART(EPOCH_NANOSECOND | EPOCH_MICROSECOND, x)} and {@code DATEDIFF(part, a, b)} take a date or
     * time part as their first argument; nanoseconds count to year 9999 without overflow, before 1970 below
     * zero.
     */
    @Test
    void datePartsAndDateDiffTakeSnowflakesPartKeywords() throws SQLException {
        update(connection, "insert into " + TABLE + " (\"ID\", \"NAME\", \"AT\") values"
                + " (1, 'last', '9999-12-31 23:59:59.999999'), (2, 'before', '1969-12-31 23:59:59.999999')");
        assertThat(EmulatorTestSupport.rows(connection, "select date_part(epoch_nanosecond, \"AT\"),"
                + " date_part('EPOCH_MICROSECOND', \"AT\"), date_part(year, \"AT\"),"
                + " datediff(hour, cast('1970-01-01' as timestamp_ntz), \"AT\") from " + TABLE + " order by \"ID\""))
                .containsExactly(List.of("253402300799999999000", "253402300799999999", "9999", "70389527"),
                        List.of("-1000", "-1", "1969", "-1"));
    }

    @Test
    void expressionsAndAggregatesHaveSnowflakeTypes() throws SQLException {
        update(connection, "insert into " + TABLE + " (\"ID\", \"NAME\", \"D\") values (1, 'a', 1.25), (2, 'b', 2.50)");
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) as n, sum(\"D\") as total, max(\"NAME\") as last_name"
                        + " from " + TABLE)) {
            assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("N");
            assertThat(rs.getMetaData().getColumnName(3)).isEqualTo("LAST_NAME");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isEqualTo(2L);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("3.75");
            assertThat(rs.getString(3)).isEqualTo("b");
        }
    }
}
