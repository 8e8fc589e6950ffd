package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.connect;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.rows;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.single;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import net.snowflake.client.jdbc.SnowflakeSQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SnowflakeEmulatorSessionTest {

    private static SnowflakeEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = SnowflakeEmulator.builder().database("ANALYTICS").user("alice", "s3cret").user("bob", "hunter2")
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void configuredUsersLogInToTheConfiguredDatabase() throws SQLException {
        assertThat(emulator.jdbcUrl()).startsWith("jdbc:snowflake://127.0.0.1:" + emulator.port() + "/?account=emulator")
                .contains("ssl=off", "db=ANALYTICS", "schema=PUBLIC");
        try (Connection alice = connect(emulator);
                Connection bob = DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties("bob", "hunter2"))) {
            assertThat(single(alice, "select current_user()")).isEqualTo("alice");
            assertThat(single(bob, "select current_user()")).isEqualTo("bob");
            assertThat(alice.getSchema()).isEqualTo("PUBLIC");
            assertThat(rows(alice, "select current_database(), current_schema()")).containsExactly(List.of("ANALYTICS", "PUBLIC"));
        }
    }

    @Test
    void wrongPasswordIsRefusedWithSnowflakesLoginError() {
        assertThatThrownBy(() -> DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties("alice", "wrong")))
                .isInstanceOf(SnowflakeSQLException.class)
                .hasMessageContaining("Incorrect username or password was specified.")
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(390100));
    }

    @Test
    void unknownUserIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties("mallory", "s3cret")))
                .isInstanceOf(SnowflakeSQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(390100));
    }

    @Test
    void useAndSetSchemaChangeWhereUnqualifiedNamesResolve() throws SQLException {
        try (Connection c = connect(emulator)) {
            update(c, "create schema if not exists \"SESSION_A\"");
            update(c, "create schema if not exists \"SESSION_B\"");
            update(c, "use schema \"SESSION_A\"");
            update(c, "create table \"WHERE_AM_I\" (\"X\" NUMBER)");
            update(c, "insert into \"WHERE_AM_I\" values (1)");
            c.setSchema("SESSION_B");
            assertThat(single(c, "select current_schema()")).isEqualTo("SESSION_B");
            assertThatThrownBy(() -> rows(c, "select * from \"WHERE_AM_I\""))
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(2003));
            assertThat(single(c, "select \"X\" from \"SESSION_A\".\"WHERE_AM_I\"")).isEqualTo("1");
            assertThat(single(c, "select \"X\" from ANALYTICS.SESSION_A.WHERE_AM_I")).isEqualTo("1");
        }
    }

    @Test
    void eachSessionHasItsOwnCurrentSchema() throws SQLException {
        try (Connection first = connect(emulator); Connection second = connect(emulator)) {
            update(first, "create schema if not exists \"OWN_SCHEMA\"");
            update(first, "use schema \"OWN_SCHEMA\"");
            assertThat(single(first, "select current_schema()")).isEqualTo("OWN_SCHEMA");
            assertThat(single(second, "select current_schema()")).isEqualTo("PUBLIC");
        }
    }

    @Test
    void closingTheConnectionEndsTheSessionAndDropsItsTemporaryStage() throws Exception {
        try (Connection c = connect(emulator)) {
            update(c, "create temporary stage \"PUBLIC\".\"SESSION_STAGE\"");
            assertThat(emulator.stageRoot().resolve("databases/ANALYTICS/PUBLIC/SESSION_STAGE")).isDirectory();
        }
        assertThat(emulator.stageRoot().resolve("databases/ANALYTICS/PUBLIC/SESSION_STAGE")).doesNotExist();
        try (Connection c = connect(emulator)) {
            assertThatThrownBy(() -> update(c, "copy into \"PUBLIC\".\"ANY\" from @\"PUBLIC\".\"SESSION_STAGE\""))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void sqlLogRecordsTheTextsTheDriverSent() throws SQLException {
        try (Connection c = connect(emulator)) {
            emulator.clearReceivedSql();
            single(c, "select 1 /* marker */");
            assertThat(emulator.receivedSql()).contains("select 1 /* marker */");
        }
    }
}
