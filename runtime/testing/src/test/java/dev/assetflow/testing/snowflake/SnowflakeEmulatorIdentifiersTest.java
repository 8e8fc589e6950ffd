package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.rows;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snowflake's name rules on top of DuckDB's case-insensitive names, and INFORMATION_SCHEMA. */
class SnowflakeEmulatorIdentifiersTest extends EmulatorTestBase {

    @BeforeAll
    static void createSchema() throws SQLException {
        update(connection, "create schema if not exists \"NAMES\"");
    }

    @Test
    void unquotedNamesFoldToUpperCaseAndQuotedNamesKeepTheirCase() throws SQLException {
        update(connection, "create table names.upper_t (id number, \"id\" varchar)");
        update(connection, "insert into \"NAMES\".\"UPPER_T\" (\"ID\", \"id\") values (1, 'lower')");
        assertThat(rows(connection, "select ID, \"id\" from Names.Upper_T")).containsExactly(List.of("1", "lower"));
        assertThatThrownBy(() -> rows(connection, "select * from \"names\".\"upper_t\""))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(2003));
        assertThatThrownBy(() -> rows(connection, "select \"Id\" from names.upper_t"))
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(904));
    }

    @Test
    void tablesDifferingOnlyInCaseAreDistinct() throws SQLException {
        update(connection, "create table \"NAMES\".\"T\" (\"V\" varchar)");
        update(connection, "create table \"NAMES\".\"t\" (\"V\" varchar)");
        update(connection, "insert into \"NAMES\".\"T\" values ('upper')");
        update(connection, "insert into \"NAMES\".\"t\" values ('lower')");
        assertThat(rows(connection, "select \"V\" from names.t")).containsExactly(List.of("upper"));
        assertThat(rows(connection, "select \"V\" from \"NAMES\".\"t\"")).containsExactly(List.of("lower"));
        try (ResultSet rs = connection.createStatement().executeQuery("select \"V\" as \"lowerLabel\" from names.t")) {
            assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("lowerLabel");
        }
    }

    @Test
    void informationSchemaColumnsDescribesTablesWithSnowflakeTypeNames() throws SQLException {
        update(connection, "create table if not exists \"NAMES\".\"TYPED\" (\"ID\" NUMBER(19, 0) not null, \"NAME\" VARCHAR"
                + " not null, \"AMOUNT\" FLOAT, \"DAY\" DATE, \"AT\" TIMESTAMP_NTZ, \"TS\" TIMESTAMP_TZ, \"OK\" BOOLEAN,"
                + " \"BLOB\" BINARY, \"D\" NUMBER(12, 2), \"T\" TIME, \"mixedCase\" INT)");
        assertThat(columns("NAMES", "TYPED")).containsExactly(
                List.of("ID", "NUMBER", "NO", "19", "0"),
                List.of("NAME", "TEXT", "NO", "null", "null"),
                List.of("AMOUNT", "FLOAT", "YES", "null", "null"),
                List.of("DAY", "DATE", "YES", "null", "null"),
                List.of("AT", "TIMESTAMP_NTZ", "YES", "null", "null"),
                List.of("TS", "TIMESTAMP_TZ", "YES", "null", "null"),
                List.of("OK", "BOOLEAN", "YES", "null", "null"),
                List.of("BLOB", "BINARY", "YES", "null", "null"),
                List.of("D", "NUMBER", "YES", "12", "2"),
                List.of("T", "TIME", "YES", "null", "null"),
                List.of("mixedCase", "NUMBER", "YES", "38", "0"));
        assertThat(columns("NAMES", "typed")).isEmpty();
    }

    @Test
    void alterTableAddColumnShowsInInformationSchema() throws SQLException {
        update(connection, "create table \"NAMES\".\"GROWING\" (\"ID\" NUMBER(19, 0) not null)");
        update(connection, "alter table \"NAMES\".\"GROWING\" add column \"NOTE\" VARCHAR");
        update(connection, "alter table \"NAMES\".\"GROWING\" add column \"PRICE\" NUMBER(10, 2), \"SEEN\" BOOLEAN");
        assertThat(columns("NAMES", "GROWING")).extracting(row -> row.get(0) + " " + row.get(1))
                .containsExactly("ID NUMBER", "NOTE TEXT", "PRICE NUMBER", "SEEN BOOLEAN");
        assertThat(rows(connection, "select TABLE_NAME, TABLE_TYPE from \"INFORMATION_SCHEMA\".\"TABLES\""
                + " where TABLE_SCHEMA = 'NAMES' and TABLE_NAME = 'GROWING'")).containsExactly(List.of("GROWING", "BASE TABLE"));
    }

    private static List<List<String>> columns(String schema, String table) throws SQLException {
        String sql = "select COLUMN_NAME, DATA_TYPE, IS_NULLABLE, NUMERIC_PRECISION, NUMERIC_SCALE from"
                + " \"INFORMATION_SCHEMA\".\"COLUMNS\" where TABLE_SCHEMA = ? and TABLE_NAME = ? order by ORDINAL_POSITION";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), String.valueOf(rs.getString(4)),
                            String.valueOf(rs.getString(5))));
                }
                return rows;
            }
        }
    }
}
