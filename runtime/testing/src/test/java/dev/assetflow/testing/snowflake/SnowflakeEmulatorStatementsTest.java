package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.connect;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.rows;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.single;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DDL and DML as the Snowflake IO manager sends them: counts, bindings, array binding, transactions. */
class SnowflakeEmulatorStatementsTest extends EmulatorTestBase {

    @BeforeAll
    static void createSchema() throws SQLException {
        update(connection, "create schema if not exists \"S\"");
    }

    @BeforeEach
    void freshTable() throws SQLException {
        update(connection, "drop table if exists \"S\".\"SALES\"");
        update(connection, "create table if not exists \"S\".\"SALES\" (\"ID\" NUMBER(19, 0) not null,"
                + " \"OWNER\" VARCHAR not null, \"AMOUNT\" FLOAT, \"DAY\" DATE)");
    }

    @Test
    void ddlCountsZeroAndDmlCountsRows() throws SQLException {
        assertThat(update(connection, "create table \"S\".\"OTHER\" (\"X\" NUMBER)")).isZero();
        assertThat(update(connection, "insert into \"S\".\"SALES\" values (1, 'a', 1.0, '2024-01-01'),"
                + " (2, 'b', 2.0, '2024-01-02'), (3, 'a', 3.0, '2024-01-03')")).isEqualTo(3);
        assertThat(update(connection, "update \"S\".\"SALES\" set \"AMOUNT\" = 0 where \"OWNER\" = 'a'")).isEqualTo(2);
        assertThat(update(connection, "delete from \"S\".\"SALES\" where \"ID\" > 1")).isEqualTo(2);
        assertThat(update(connection, "insert into \"S\".\"OTHER\" select \"ID\" from \"S\".\"SALES\"")).isEqualTo(1);
        assertThat(update(connection, "drop table \"S\".\"OTHER\"")).isZero();
        try (Statement s = connection.createStatement()) {
            assertThat(s.execute("create or replace table \"S\".\"OTHER\" (\"X\" NUMBER)")).isFalse();
            assertThat(s.getUpdateCount()).isZero();
        }
    }

    @Test
    void positionalBindingsFilterAndInsert() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into \"S\".\"SALES\" (\"ID\", \"OWNER\", \"AMOUNT\", \"DAY\") values (?, ?, ?, ?)")) {
            for (int day = 1; day <= 5; day++) {
                insert.setLong(1, day);
                insert.setString(2, day % 2 == 0 ? "even" : "odd");
                insert.setDouble(3, day * 1.5);
                insert.setDate(4, java.sql.Date.valueOf(LocalDate.of(2024, 3, day)));
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from \"S\".\"SALES\" where \"DAY\" >= ? and \"DAY\" < ?")) {
            delete.setDate(1, java.sql.Date.valueOf(LocalDate.of(2024, 3, 2)));
            delete.setDate(2, java.sql.Date.valueOf(LocalDate.of(2024, 3, 4)));
            assertThat(delete.executeUpdate()).isEqualTo(2);
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select \"ID\" from \"S\".\"SALES\" where \"OWNER\" = ? order by \"ID\"")) {
            select.setString(1, "odd");
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(5);
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void executeBatchSendsOneArrayBoundRequest() throws SQLException {
        String sql = "insert into \"S\".\"SALES\" (\"ID\", \"OWNER\", \"AMOUNT\", \"DAY\") values (?, ?, ?, ?)";
        emulator.clearReceivedSql();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < 250; i++) {
                insert.setLong(1, i);
                insert.setString(2, "owner-" + (i % 7));
                if (i % 10 == 0) {
                    insert.setNull(3, java.sql.Types.DOUBLE);
                } else {
                    insert.setDouble(3, i / 4.0);
                }
                insert.setDate(4, java.sql.Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i)));
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            assertThat(counts).hasSize(250).containsOnly(1);
        }
        List<SnowflakeEmulator.ReceivedQuery> executed = emulator.receivedQueries().stream()
                .filter(q -> q.sql().equals(sql) && !q.describeOnly()).toList();
        assertThat(executed).singleElement().extracting(SnowflakeEmulator.ReceivedQuery::bindingRows).isEqualTo(250);
        assertThat(rows(connection, "select count(*), count(\"AMOUNT\"), sum(\"ID\"), max(\"DAY\") from \"S\".\"SALES\""))
                .containsExactly(List.of("250", "225", "31125", "2024-09-06"));
    }

    @Test
    void failingBatchRowLeavesNothingBehind() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into \"S\".\"SALES\" (\"ID\", \"OWNER\") values (?, ?)")) {
            insert.setLong(1, 1);
            insert.setString(2, "ok");
            insert.addBatch();
            insert.setLong(1, 2);
            insert.setNull(2, java.sql.Types.VARCHAR);
            insert.addBatch();
            org.assertj.core.api.Assertions.assertThatThrownBy(insert::executeBatch)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("NULL result in a non-nullable column");
        }
        assertThat(single(connection, "select count(*) from \"S\".\"SALES\"")).isEqualTo("0");
    }

    @Test
    void insertSelectAndUseDatabase() throws SQLException {
        update(connection, "insert into \"S\".\"SALES\" values (1, 'a', 1.0, '2024-01-01'), (2, 'b', null, null)");
        update(connection, "create table \"S\".\"COPY_OF_SALES\" as select * from \"S\".\"SALES\" where \"AMOUNT\" is not null");
        assertThat(rows(connection, "select \"ID\", \"OWNER\" from \"S\".\"COPY_OF_SALES\"")).containsExactly(List.of("1", "a"));
        update(connection, "use database \"" + emulator.database() + "\"");
        assertThat(single(connection, "select current_schema()")).isEqualTo("PUBLIC");
        update(connection, "use schema \"S\"");
        assertThat(single(connection, "select count(*) from \"COPY_OF_SALES\"")).isEqualTo("1");
        update(connection, "drop table \"COPY_OF_SALES\"");
    }

    @Test
    void explicitTransactionsCommitAndRollBack() throws SQLException {
        update(connection, "begin");
        update(connection, "insert into \"S\".\"SALES\" (\"ID\", \"OWNER\") values (1, 'kept')");
        update(connection, "commit");
        update(connection, "begin transaction");
        update(connection, "insert into \"S\".\"SALES\" (\"ID\", \"OWNER\") values (2, 'undone')");
        try (Connection other = connect(emulator)) {
            assertThat(single(other, "select count(*) from \"S\".\"SALES\"")).isEqualTo("1");
        }
        update(connection, "rollback");
        assertThat(rows(connection, "select \"OWNER\" from \"S\".\"SALES\"")).containsExactly(List.of("kept"));
    }

    @Test
    void autocommitOffKeepsChangesInvisibleUntilCommit() throws SQLException {
        try (Connection writer = connect(emulator); Connection reader = connect(emulator)) {
            writer.setAutoCommit(false);
            update(writer, "insert into \"S\".\"SALES\" (\"ID\", \"OWNER\") values (1, 'pending')");
            assertThat(single(reader, "select count(*) from \"S\".\"SALES\"")).isEqualTo("0");
            writer.commit();
            assertThat(single(reader, "select count(*) from \"S\".\"SALES\"")).isEqualTo("1");
            update(writer, "delete from \"S\".\"SALES\"");
            writer.rollback();
            assertThat(single(reader, "select count(*) from \"S\".\"SALES\"")).isEqualTo("1");
            writer.setAutoCommit(true);
        }
    }

    @Test
    void ddlCommitsTheOpenTransactionAsInSnowflake() throws SQLException {
        update(connection, "begin");
        update(connection, "insert into \"S\".\"SALES\" (\"ID\", \"OWNER\") values (1, 'committed by ddl')");
        update(connection, "create table \"S\".\"DDL_COMMITS\" (\"X\" NUMBER)");
        update(connection, "rollback");
        assertThat(single(connection, "select count(*) from \"S\".\"SALES\"")).isEqualTo("1");
        update(connection, "drop table \"S\".\"DDL_COMMITS\"");
    }
}
