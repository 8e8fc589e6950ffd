package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.rows;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.single;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.snowflake.client.jdbc.SnowflakeConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Snowflake IO manager's write path: a temporary stage, {@code uploadStream} of gzipped CSV,
 * {@code COPY INTO} a staging table, {@code SWAP WITH} the target, then drop the staging table.
 */
class SnowflakeEmulatorBulkLoadTest extends EmulatorTestBase {

    private static final String COLUMNS = "(\"ID\" NUMBER(19, 0) not null, \"NAME\" VARCHAR not null, \"AMOUNT\" FLOAT,"
            + " \"TS\" TIMESTAMP_TZ, \"OK\" BOOLEAN, \"BLOB\" BINARY)";
    private static final String STAGE = "@\"BULK\".\"ASSETFLOW_STAGE\"";
    private static final String FORMAT = " file_format = (type = csv field_optionally_enclosed_by = '\"'"
            + " null_if = ('\\\\N') empty_field_as_null = false compression = gzip) purge = true";

    @BeforeAll
    static void createSchema() throws SQLException {
        update(connection, "create schema if not exists \"BULK\"");
        update(connection, "create temporary stage if not exists \"BULK\".\"ASSETFLOW_STAGE\"");
    }

    @BeforeEach
    void freshTables() throws SQLException {
        update(connection, "create or replace table \"BULK\".\"T\" " + COLUMNS);
        update(connection, "insert into \"BULK\".\"T\" (\"ID\", \"NAME\") values (0, 'old')");
        update(connection, "drop table if exists \"BULK\".\"T__STAGING\"");
        update(connection, "create table \"BULK\".\"T__STAGING\" " + COLUMNS);
    }

    private static void upload(String prefix, String fileName, String csv) throws SQLException {
        connection.unwrap(SnowflakeConnection.class).uploadStream(STAGE, prefix,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), fileName, true);
    }

    private static String copy(String prefix) {
        return "copy into \"BULK\".\"T__STAGING\" (\"ID\", \"NAME\", \"AMOUNT\", \"TS\", \"OK\", \"BLOB\") from "
                + STAGE + "/" + prefix + FORMAT;
    }

    @Test
    void uploadCopySwapReplacesTheTableAndPurgesTheStage() throws Exception {
        emulator.clearReceivedSql();
        upload("run-1", "part-0.csv", "1,\"plain\",1.5,2024-01-01T10:00:00+01:00,true,CAFE\n"
                + "2,\"\",\\N,\\N,\\N,\\N\n"
                + "3,\"comma, \"\"quote\"\"\nand newline ☃\",-2.25,1969-07-20T20:17:40Z,false,\"\"\n");
        upload("run-1", "part-1.csv", "4,\"\\N\",0,2024-06-30T23:59:59.123456Z,true,00FF\n");
        Path stageDir = emulator.stageRoot().resolve("databases/EMULATOR_DB/BULK/ASSETFLOW_STAGE/run-1");
        assertThat(stageDir.resolve("part-0.csv.gz")).isRegularFile();

        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(copy("run-1"))) {
            assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("file");
            assertThat(rs.getMetaData().getColumnName(4)).isEqualTo("rows_loaded");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("file")).isEqualTo("run-1/part-0.csv.gz");
            assertThat(rs.getString("status")).isEqualTo("LOADED");
            assertThat(rs.getLong("rows_loaded")).isEqualTo(3);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong("rows_loaded")).isEqualTo(1);
            assertThat(rs.next()).isFalse();
        }
        try (Stream<Path> left = Files.list(stageDir)) {
            assertThat(left).as("purged files").isEmpty();
        }
        assertThat(update(connection, "alter table \"BULK\".\"T__STAGING\" swap with \"BULK\".\"T\"")).isZero();
        update(connection, "drop table \"BULK\".\"T__STAGING\"");

        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select \"ID\", \"NAME\", \"AMOUNT\", \"TS\", \"OK\", \"BLOB\" from"
                        + " \"BULK\".\"T\" order by \"ID\"")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("NAME")).isEqualTo("plain");
            assertThat(rs.getTimestamp("TS").toInstant()).isEqualTo(Instant.parse("2024-01-01T09:00:00Z"));
            assertThat(rs.getBytes("BLOB")).containsExactly(0xCA, 0xFE);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("NAME")).as("quoted empty string stays empty").isEmpty();
            assertThat(rs.getObject("AMOUNT")).isNull();
            assertThat(rs.getObject("TS")).isNull();
            assertThat(rs.getObject("OK")).isNull();
            assertThat(rs.getObject("BLOB")).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("NAME")).isEqualTo("comma, \"quote\"\nand newline ☃");
            assertThat(rs.getDouble("AMOUNT")).isEqualTo(-2.25);
            assertThat(rs.getTimestamp("TS").toInstant()).isEqualTo(Instant.parse("1969-07-20T20:17:40Z"));
            assertThat(rs.getBoolean("OK")).isFalse();
            assertThat(rs.getBytes("BLOB")).isEmpty();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("NAME")).as("an enclosed \\N is text").isEqualTo("\\N");
            assertThat(rs.getTimestamp("TS").toInstant()).isEqualTo(Instant.parse("2024-06-30T23:59:59.123456Z"));
            assertThat(rs.next()).isFalse();
        }
        assertThat(emulator.receivedSql()).noneMatch(sql -> sql.toLowerCase().startsWith("insert"));
    }

    @Test
    void copyCountsRowsLoadedAsTheUpdateCount() throws SQLException {
        upload("counted", "a.csv", "1,\"a\",\\N,\\N,\\N,\\N\n2,\"b\",\\N,\\N,\\N,\\N\n");
        upload("counted", "b.csv", "3,\"c\",\\N,\\N,\\N,\\N\n");
        assertThat(update(connection, copy("counted"))).isEqualTo(3);
        assertThat(update(connection, copy("counted"))).as("purged, nothing left").isZero();
    }

    @Test
    void nullInNotNullColumnAbortsTheCopyAndLoadsNothing() throws Exception {
        upload("bad-null", "part-0.csv", "1,\"fine\",\\N,\\N,\\N,\\N\n\\N,\"no id\",\\N,\\N,\\N,\\N\n");
        assertThatThrownBy(() -> update(connection, copy("bad-null")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("NULL result in a non-nullable column")
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(100072));
        assertThat(single(connection, "select count(*) from \"BULK\".\"T__STAGING\"")).isEqualTo("0");
        Path kept = emulator.stageRoot().resolve("databases/EMULATOR_DB/BULK/ASSETFLOW_STAGE/bad-null/part-0.csv.gz");
        assertThat(kept).as("a failed COPY does not purge").isRegularFile();
        Files.deleteIfExists(kept.toAbsolutePath());
    }

    @Test
    void wrongNumberOfFieldsIsRefused() throws SQLException {
        upload("short", "part-0.csv", "1,\"two fields only\"\n");
        assertThatThrownBy(() -> update(connection, copy("short")))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(100080));
    }

    @Test
    void badNumberInFileIsRefusedWithTheFileName() throws SQLException {
        upload("bad-number", "part-0.csv", "x,\"a\",\\N,\\N,\\N,\\N\n");
        assertThatThrownBy(() -> update(connection, copy("bad-number")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Numeric value 'x' is not recognized")
                .hasMessageContaining("bad-number/part-0.csv.gz");
    }

    @Test
    void emptyUnenclosedFieldIsAnEmptyStringWhichIsNoNumber() throws Exception {
        upload("empty-number", "part-0.csv", "1,\"a\",,\\N,\\N,\\N\n");
        assertThatThrownBy(() -> update(connection, copy("empty-number")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Numeric value '' is not recognized");
        Stages.deleteRecursively(emulator.stageRoot().resolve("databases/EMULATOR_DB/BULK/ASSETFLOW_STAGE/empty-number"));
    }

    @Test
    void copyWithoutFilesLoadsNothing() throws SQLException {
        assertThat(rows(connection, copy("nothing-here"))).containsExactly(List.of("Copy executed with 0 files processed."));
    }

    @Test
    void swapExchangesContentsBothWays() throws SQLException {
        update(connection, "insert into \"BULK\".\"T__STAGING\" (\"ID\", \"NAME\") values (1, 'new'), (2, 'newer')");
        update(connection, "alter table \"BULK\".\"T__STAGING\" swap with \"BULK\".\"T\"");
        assertThat(rows(connection, "select \"NAME\" from \"BULK\".\"T\" order by 1")).containsExactly(List.of("new"), List.of("newer"));
        assertThat(rows(connection, "select \"NAME\" from \"BULK\".\"T__STAGING\"")).containsExactly(List.of("old"));
    }
}
