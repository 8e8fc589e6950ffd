package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.rows;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import net.snowflake.client.jdbc.SnowflakeSQLException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors arrive as SnowflakeSQLException with Snowflake's error code, SQLSTATE and message. */
class SnowflakeEmulatorErrorsTest extends EmulatorTestBase {

    @BeforeAll
    static void createSchema() throws SQLException {
        update(connection, "create schema if not exists \"E\"");
        update(connection, "create table \"E\".\"T\" (\"ID\" NUMBER(19, 0) not null, \"NAME\" VARCHAR not null,"
                + " \"N\" NUMBER(3, 0), \"DAY\" DATE)");
        update(connection, "insert into \"E\".\"T\" values (1, 'one', 1, '2024-01-01')");
    }

    private static void assertSnowflakeError(ThrowingCallable call, int code, String sqlState, String message) {
        assertThatThrownBy(call).isInstanceOf(SnowflakeSQLException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    SQLException sql = (SQLException) e;
                    assertThat(sql.getErrorCode()).as("error code").isEqualTo(code);
                    assertThat(sql.getSQLState()).as("SQLSTATE").isEqualTo(sqlState);
                });
    }

    @Test
    void unknownTable() {
        assertSnowflakeError(() -> rows(connection, "select * from \"E\".\"MISSING\""), 2003, "42S02",
                "Object 'EMULATOR_DB.E.MISSING' does not exist or not authorized.");
        assertSnowflakeError(() -> rows(connection, "select * from \"e\".\"T\""), 2003, "02000",
                "Schema 'EMULATOR_DB.\"e\"' does not exist or not authorized.");
    }

    @Test
    void unknownColumnIsAnInvalidIdentifier() {
        assertSnowflakeError(() -> rows(connection, "select \"NOPE\" from \"E\".\"T\""), 904, "42000",
                "invalid identifier 'NOPE'");
        assertSnowflakeError(() -> update(connection, "insert into \"E\".\"T\" (\"ID\", \"nope\") values (1, 'x')"),
                904, "42000", "invalid identifier '\"nope\"'");
    }

    @Test
    void syntaxError() {
        assertSnowflakeError(() -> rows(connection, "select from where"), 1003, "42000", "SQL compilation error");
        assertSnowflakeError(() -> rows(connection, "select 'unterminated"), 1003, "42000", "unterminated string");
    }

    @Test
    void nullIntoNotNullColumn() {
        assertSnowflakeError(() -> update(connection, "insert into \"E\".\"T\" (\"ID\") values (2)"), 100072, "22000",
                "NULL result in a non-nullable column");
    }

    @Test
    void badValues() {
        assertSnowflakeError(() -> update(connection, "insert into \"E\".\"T\" (\"ID\", \"NAME\") values ('abc', 'x')"),
                100038, "22018", "Numeric value 'abc' is not recognized");
        assertSnowflakeError(() -> update(connection, "insert into \"E\".\"T\" (\"ID\", \"NAME\", \"N\") values (2, 'x', 12345)"),
                100039, "22003", "out of range");
        assertSnowflakeError(() -> update(connection, "insert into \"E\".\"T\" (\"ID\", \"NAME\", \"DAY\") values (2, 'x', 'someday')"),
                100040, "22007", "Date 'someday' is not recognized");
    }

    @Test
    void existingObjects() {
        assertSnowflakeError(() -> update(connection, "create table \"E\".\"T\" (\"X\" NUMBER)"), 2002, "42710",
                "already exists");
        assertSnowflakeError(() -> update(connection, "create schema \"E\""), 2002, "42710", "already exists");
    }

    @Test
    void missingSchemaAndStage() {
        assertSnowflakeError(() -> update(connection, "use schema \"NO_SUCH_SCHEMA\""), 2003, "02000",
                "Schema 'EMULATOR_DB.NO_SUCH_SCHEMA' does not exist or not authorized.");
        assertSnowflakeError(() -> update(connection, "copy into \"E\".\"T\" from @\"E\".\"NO_STAGE\""), 2003, "02000",
                "Stage 'EMULATOR_DB.E.NO_STAGE' does not exist or not authorized.");
    }

    @Test
    void swapNeedsBothTables() throws SQLException {
        assertSnowflakeError(() -> update(connection, "alter table \"E\".\"T__STAGING\" swap with \"E\".\"T\""), 2003,
                "42S02", "Object 'EMULATOR_DB.E.T__STAGING' does not exist or not authorized.");
        assertSnowflakeError(() -> update(connection, "alter table \"E\".\"T\" swap with \"E\".\"T__STAGING\""), 2003,
                "42S02", "Object 'EMULATOR_DB.E.T__STAGING' does not exist or not authorized.");
        assertThat(rows(connection, "select \"NAME\" from \"E\".\"T\"")).containsExactly(List.of("one"));
    }

    @Test
    void unsupportedStatementsAreRefusedNeverIgnored() {
        assertSnowflakeError(() -> rows(connection, "show tables"), 2, "0A000", "Unsupported feature 'SHOW TABLES'");
        assertSnowflakeError(() -> update(connection, "grant select on table \"E\".\"T\" to role PUBLIC"), 2, "0A000",
                "Unsupported feature 'GRANT SELECT'");
        assertSnowflakeError(() -> update(connection, "create warehouse \"W\""), 2, "0A000",
                "Unsupported feature 'CREATE WAREHOUSE'");
        assertSnowflakeError(() -> update(connection, "create table \"E\".\"X\" (\"ID\" GEOGRAPHY)"), 2040, "42601",
                "Unsupported data type 'GEOGRAPHY'");
    }

    @Test
    void severalStatementsInOneRequestAreRefused() {
        assertSnowflakeError(() -> update(connection, "delete from \"E\".\"T\"; drop table \"E\".\"T\""), 8, "0A000",
                "Actual statement count 2 did not match the desired statement count 1.");
    }

    @Test
    void anErrorLeavesTheSessionUsable() throws SQLException {
        assertThatThrownBy(() -> rows(connection, "select * from \"E\".\"MISSING\"")).isInstanceOf(SQLException.class);
        assertThat(rows(connection, "select count(*) from \"E\".\"T\"")).containsExactly(List.of("1"));
    }
}
