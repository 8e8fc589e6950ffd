package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.connect;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.rows;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.single;
import static dev.assetflow.testing.snowflake.EmulatorTestSupport.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.snowflake.client.jdbc.SnowflakeSQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Table locks of transactions, temporary tables seen only by their session, and injected faults. */
class SnowflakeEmulatorConcurrencyTest {

    private static SnowflakeEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = SnowflakeEmulator.builder().lockTimeout(Duration.ofSeconds(3)).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void aDeleteWaitsForTheTransactionHoldingTheTablesLock() throws Exception {
        try (Connection first = connect(emulator); Connection second = connect(emulator)) {
            update(first, "create table locked (id number, part varchar)");
            update(first, "insert into locked values (1, 'a'), (2, 'b')");
            update(first, "begin");
            update(first, "delete from locked where part = 'a'");

            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return update(second, "delete from locked where part = 'b'");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> waiting.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            update(first, "insert into locked values (3, 'a')");
            update(first, "commit");
            assertThat(waiting.get(3, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(rows(first, "select id, part from locked order by id")).containsExactly(List.of("3", "a"));
        }
    }

    @Test
    void aLockHeldLongerThanTheLockTimeoutFailsTheWaitingStatement() throws Exception {
        try (Connection first = connect(emulator); Connection second = connect(emulator)) {
            update(first, "create table held (id number)");
            update(first, "begin");
            update(first, "delete from held");

            assertThatThrownBy(() -> update(second, "update held set id = 2"))
                    .isInstanceOf(SnowflakeSQLException.class).hasMessageContaining("HELD")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(625));
            update(first, "rollback");
            assertThat(update(second, "update held set id = 2")).isZero();
        }
    }

    @Test
    void aTemporaryTableIsSeenOnlyByItsSessionAndGoesWithIt() throws Exception {
        try (Connection owner = connect(emulator); Connection other = connect(emulator)) {
            update(owner, "create temporary table scratch (id number)");
            update(owner, "insert into scratch values (1)");
            String tables = "select table_name, table_type from information_schema.tables where table_name = 'SCRATCH'";
            assertThat(rows(owner, tables)).containsExactly(List.of("SCRATCH", "TEMPORARY TABLE"));
            assertThat(rows(other, tables)).isEmpty();
            assertThat(rows(other, "select column_name from information_schema.columns where table_name = 'SCRATCH'"))
                    .isEmpty();

            emulator.killSessionAtNext(sql -> sql.equals("select 'last words'"));
            assertThatThrownBy(() -> single(owner, "select 'last words'")).isInstanceOf(SnowflakeSQLException.class)
                    .hasMessageContaining("Session no longer exists");
            assertThatThrownBy(() -> single(owner, "select 1")).isInstanceOf(SnowflakeSQLException.class)
                    .hasMessageContaining("Session no longer exists");
            assertThat(emulator.receivedSql()).contains("select 'last words'");
        }
        try (Connection later = connect(emulator);
                Connection duckDb = emulator.openDuckDbConnection()) {
            assertThat(rows(later, "select table_name from information_schema.tables where table_name = 'SCRATCH'"))
                    .isEmpty();
            assertThat(rows(duckDb, "select table_name from duckdb_tables() where table_name = 'SCRATCH'")).isEmpty();
        }
    }

    @Test
    void aKilledSessionsTransactionRollsBackAndReleasesItsLocks() throws Exception {
        try (Connection killed = connect(emulator); Connection other = connect(emulator)) {
            update(other, "create table victim (id number)");
            update(other, "insert into victim values (1)");
            update(killed, "begin");
            update(killed, "delete from victim");
            emulator.killSessionAtNext(sql -> sql.equals("commit"));
            assertThatThrownBy(() -> update(killed, "commit")).isInstanceOf(SnowflakeSQLException.class);

            assertThat(update(other, "delete from victim where id = 2")).isZero();
            assertThat(single(other, "select count(*) from victim")).isEqualTo("1");
        }
    }

    @Test
    void aLostReplyFailsTheClientButTheStatementRan() throws Exception {
        try (Connection connection = connect(emulator)) {
            update(connection, "create table lost (id number)");
            emulator.loseReplyOfNext(sql -> sql.startsWith("insert into lost"));

            assertThatThrownBy(() -> update(connection, "insert into lost values (7)"))
                    .isInstanceOf(SnowflakeSQLException.class).hasMessageContaining("communication error");

            assertThat(single(connection, "select id from lost")).isEqualTo("7");
            assertThat(update(connection, "insert into lost values (8)")).isEqualTo(1);
        }
    }

    @Test
    void aCommentOnATableShowsInTheInformationSchemaAndMovesWithASwap() throws Exception {
        try (Connection connection = connect(emulator)) {
            update(connection, "create table marked (id number)");
            update(connection, "create table plain (id number)");
            update(connection, "comment on table marked is 'write 42'");
            update(connection, "alter table marked swap with plain");
            assertThat(rows(connection, "select table_name, comment from information_schema.tables"
                    + " where table_name in ('MARKED', 'PLAIN') order by table_name"))
                    .containsExactly(java.util.Arrays.asList("MARKED", null), List.of("PLAIN", "write 42"));
        }
    }
}
