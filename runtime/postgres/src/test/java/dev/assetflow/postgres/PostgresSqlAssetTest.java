package dev.assetflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.SqlSalesGraph;
import dev.assetflow.runtime.io.TableSlice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL assets on the real PostgreSQL server: the query runs inside PostgreSQL (INSERT ... SELECT) in the write's
 * transaction, a query failing half-way leaves the old rows, Java assets read the SQL asset's table, and inputs in
 * another database fail the run before anything runs.
 */
class PostgresSqlAssetTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    @TempDir
    Path directory;

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "=" + rs.getDouble(2));
            }
        }
        return rows;
    }

    @Test
    void aSqlAssetIsComputedInsidePostgresAndJavaAssetsReadItsTable() throws Exception {
        SqlSalesGraph sales = new SqlSalesGraph();
        try (PostgresIOManager io = DATABASE.ioManager();
                Materializer materializer = Materializer.builder(sales.graph()).ioManager("default", io).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.assets()).extracting(AssetResult::key, AssetResult::status, AssetResult::rows)
                    .containsExactly(tuple("raw_sales", AssetStatus.MATERIALIZED, 4L),
                            tuple("owner_totals", AssetStatus.MATERIALIZED, 3L),
                            tuple("big_owners", AssetStatus.MATERIALIZED, 2L));
            // a second run replaces the rows
            assertThat(materializer.materializeAll().asset("owner_totals").orElseThrow().rows()).isEqualTo(3L);
        }
        String schema = "\"" + DATABASE.schema() + "\"";
        assertThat(rows("select owner, total from " + schema + ".owner_totals order by owner"))
                .containsExactly("ann=15.0", "bob=0.0", "cid=7.5");
        assertThat(rows("select owner, total from " + schema + ".big_owners order by owner"))
                .containsExactly("ann=15.0", "cid=7.5");
    }

    @Test
    void aPartitionRunReplacesOnlyItsRowsFromItsInputPartitionAndSqlChecksCountInPostgres() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Double> factor = new java.util.concurrent.atomic.AtomicReference<>(1.0);
        AssetGraph graph = AssetGraph.of(List.of(SqlSalesGraph.dailyRaw(factor), SqlSalesGraph.dailyClean(false)));
        try (PostgresIOManager io = DATABASE.ioManager();
                Materializer materializer = Materializer.builder(graph).ioManager("default", io).build()) {
            materializer.materialize(dev.assetflow.runtime.AssetSelection.all(), "2024-01-01");
            materializer.materialize(dev.assetflow.runtime.AssetSelection.all(), "2024-01-02");
            factor.set(2.0);
            assertThat(materializer.materialize(dev.assetflow.runtime.AssetSelection.all(), "2024-01-02")
                    .asset("clean_sales").orElseThrow().rows()).isEqualTo(1L);
        }
        assertThat(rows("select id, amount from \"" + DATABASE.schema() + "\".clean_sales order by id"))
                .containsExactly("1=10.0", "2=0.0", "3=10.0");

        SqlSalesGraph sales = new SqlSalesGraph();
        AssetGraph checked = AssetGraph.of(List.of(sales.raw(), sales.totals(), sales.bigOwners()),
                List.of(sales.atLeast(10)));
        try (PostgresIOManager io = DATABASE.ioManager();
                Materializer materializer = Materializer.builder(checked).ioManager("default", io).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                    .satisfies(e -> assertThat(((MaterializationException) e).result().checks()).singleElement()
                            .satisfies(check -> assertThat(check.description()).isEqualTo("2 failing rows")));
        }
    }

    @Test
    void theStatementIsRenderedForPostgres() {
        try (PostgresIOManager io = DATABASE.ioManager()) {
            String sql = io.render(new TableSlice("owner_totals", null, "owner_totals"), OwnerTotal.ROW_TYPE,
                    new SqlSalesGraph().totals().sql().query(index -> io.tableName(
                            new TableSlice("raw_sales", null, "raw_sales"))));
            String schema = "\"" + DATABASE.schema() + "\"";
            assertThat(sql).isEqualTo("insert into " + schema + ".\"owner_totals\" (\"owner\", \"total\") select"
                    + " \"owner\", sum(coalesce(\"amount\", cast(0E0 as double precision))) from " + schema + ".\"raw_sales\" group by \"owner\"");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aQueryFailingHalfWayLeavesTheOldTable() throws Exception {
        SqlSalesGraph sales = new SqlSalesGraph();
        try (PostgresIOManager io = DATABASE.ioManager()) {
            try (Materializer materializer = Materializer.builder(sales.graph()).ioManager("default", io).build()) {
                materializer.materializeAll();
            }
            AssetGraph failing = AssetGraph.of(List.of(sales.raw(), sales.failingTotals(true)));
            try (Materializer materializer = Materializer.builder(failing).ioManager("default", io).build()) {
                assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                        .satisfies(e -> assertThat(((MaterializationException) e).result().asset("owner_totals")
                                .orElseThrow().error().orElseThrow())
                                .hasMessageContaining("asset 'owner_totals'")
                                .hasMessageContaining(DATABASE.schema() + ".owner_totals")
                                .hasMessageContaining("division by zero")
                                .hasMessageContaining("keeps its previous rows"));
            }
        }
        assertThat(rows("select owner, total from \"" + DATABASE.schema() + "\".owner_totals order by owner"))
                .containsExactly("ann=15.0", "bob=0.0", "cid=7.5");
    }

    @Test
    void aSqlAssetWhoseInputLivesInAnotherDatabaseFailsBeforeAnythingRuns() {
        SqlSalesGraph sales = new SqlSalesGraph();
        sales.rawIo = "lake";
        try (PostgresIOManager io = DATABASE.ioManager();
                DuckDbIOManager lake = DuckDbIOManager.fromUrl("jdbc:duckdb:" + directory.resolve("lake.duckdb"))) {
            assertThatThrownBy(() -> Materializer.builder(sales.graph()).ioManager("default", io)
                    .ioManager("lake", lake).build().materializeAll())
                    .isInstanceOf(AssetflowException.class).isNotInstanceOf(MaterializationException.class)
                    .hasMessageContaining("asset 'owner_totals' (test.SqlAssets#ownerTotals) is a SQL asset in"
                            + " PostgreSQL database ")
                    .hasMessageContaining("its input 'raw_sales' lives in DuckDB file "
                            + directory.resolve("lake.duckdb").toAbsolutePath() + " (IO manager 'lake')");
        }
        assertThat(sales.calls).isEmpty();
    }
}
