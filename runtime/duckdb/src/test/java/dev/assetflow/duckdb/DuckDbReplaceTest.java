package dev.assetflow.duckdb;

import static dev.assetflow.testing.ContractRows.PAIR;
import static dev.assetflow.testing.ContractRows.SWAPPED_PAIR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.ContractRows.Pair;
import dev.assetflow.testing.ContractRows.SwappedPair;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole-table replace swaps in a new table only when nothing of the old one would be lost: a plain table
 * becomes a new table (DuckDB writes it without its write-ahead log), while a table a user gave an index, a
 * default value or a comment keeps them, replaced by delete and append. On both write paths.
 */
class DuckDbReplaceTest {

    private static final TableSlice SALES = new TableSlice("sales", null, "sales");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final List<Sale> OLD = List.of(new Sale(1, "ann", 10.0, DAY), new Sale(2, "bob", null, DAY));
    private static final List<Sale> NEW = List.of(new Sale(3, "cid", 2.5, DAY));

    @TempDir
    Path directory;

    private Connection connect(String url) throws SQLException {
        Properties same = new Properties();
        same.setProperty("jdbc_stream_results", "true");
        return DriverManager.getConnection(url, same);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long tableOid(Connection connection) throws SQLException {
        return count(connection, "select table_oid from duckdb_tables() where table_name = 'sales'");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aPlainTableIsReplacedByANewTableWithTheNewRows(boolean arrow) throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("plain.duckdb");
        try (DuckDbIOManager io = DuckDbIOManager.builder(url).arrow(arrow).build(); Connection c = connect(url)) {
            io.write(SALES, Sale.ROW_TYPE, OLD.stream());
            long before = tableOid(c);

            io.write(SALES, Sale.ROW_TYPE, NEW.stream());

            assertThat(tableOid(c)).as("a new table took the old one's place").isNotEqualTo(before);
            assertThat(count(c, "select count(*) from duckdb_tables() where table_name like 'sales%'")).isEqualTo(1);
            try (Stream<Sale> rows = io.read(SALES, Sale.ROW_TYPE)) {
                assertThat(rows.toList()).containsExactlyElementsOf(NEW);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"create index sales_owner on sales (owner)",
            "alter table sales alter column owner set default 'nobody'",
            "comment on table sales is 'kept by the user'",
            "comment on column sales.owner is 'kept by the user'"})
    void aTableAUserDecoratedKeepsItsDecorationsAndGetsTheNewRows(String decoration) throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("decorated.duckdb");
        for (boolean arrow : new boolean[] {true, false}) {
            try (DuckDbIOManager io = DuckDbIOManager.builder(url).arrow(arrow).build(); Connection c = connect(url)) {
                io.write(SALES, Sale.ROW_TYPE, OLD.stream());
                try (Statement statement = c.createStatement()) {
                    statement.execute("drop index if exists sales_owner");
                    statement.execute(decoration);
                }
                long before = tableOid(c);

                io.write(SALES, Sale.ROW_TYPE, NEW.stream());

                assertThat(tableOid(c)).as("the same table, not a swapped one").isEqualTo(before);
                try (Stream<Sale> rows = io.read(SALES, Sale.ROW_TYPE)) {
                    assertThat(rows.toList()).containsExactlyElementsOf(NEW);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void reorderedComponentsWrittenIntoADecoratedTableLandInTheirColumnsByName(boolean arrow) throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("reordered.duckdb");
        TableSlice pairs = new TableSlice("pairs", null, "pairs");
        try (DuckDbIOManager io = DuckDbIOManager.builder(url).arrow(arrow).build(); Connection c = connect(url)) {
            io.write(pairs, PAIR, Stream.of(new Pair(1, 2, "Ada", "Lovelace", DAY)));
            try (Statement statement = c.createStatement()) {
                statement.execute("create index pairs_last on pairs (last)");
            }
            long before = count(c, "select table_oid from duckdb_tables() where table_name = 'pairs'");

            io.write(pairs, SWAPPED_PAIR, Stream.of(new SwappedPair(DAY, 20, 10, "Hopper", "Grace")));

            assertThat(count(c, "select table_oid from duckdb_tables() where table_name = 'pairs'"))
                    .as("the same table, not a swapped one").isEqualTo(before);
            try (Stream<Pair> rows = io.read(pairs, PAIR)) {
                assertThat(rows.toList()).containsExactly(new Pair(10, 20, "Grace", "Hopper", DAY));
            }
            assertThat(count(c, "select count(*) from duckdb_tables() where table_name like 'pairs%'")).isEqualTo(1);
        }
    }
}
