package dev.assetflow.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.SqlSalesGraph;
import dev.assetflow.runtime.io.InMemoryIOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL assets on DuckDB files: the query runs inside DuckDB (INSERT ... SELECT), the table is replaced atomically,
 * Java assets read its table, and a SQL asset whose input lives in another database fails before anything runs.
 */
class DuckDbSqlAssetTest {

    @TempDir
    Path directory;

    private static List<String> rows(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "=" + rs.getDouble(2));
            }
        }
        return rows;
    }

    @Test
    void aSqlAssetIsComputedInsideDuckDbAndJavaAssetsReadItsTable() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("mixed.duckdb");
        SqlSalesGraph sales = new SqlSalesGraph();
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.assets()).extracting(AssetResult::key, AssetResult::status, AssetResult::rows)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("raw_sales", AssetStatus.MATERIALIZED, 4L),
                            org.assertj.core.groups.Tuple.tuple("owner_totals", AssetStatus.MATERIALIZED, 3L),
                            org.assertj.core.groups.Tuple.tuple("big_owners", AssetStatus.MATERIALIZED, 2L));
            assertThat(materializer.history("owner_totals")).first()
                    .satisfies(record -> assertThat(record.rows()).isEqualTo(3L));
        }
        assertThat(rows(url, "select owner, total from owner_totals order by owner"))
                .containsExactly("ann=15.0", "bob=0.0", "cid=7.5");
        assertThat(rows(url, "select owner, total from big_owners order by owner"))
                .containsExactly("ann=15.0", "cid=7.5");
        assertThat(sales.calls).containsExactly("raw_sales", "owner_totals", "big_owners");
    }

    @Test
    void theStatementNamesItsTargetColumnsAndIsRenderedForDuckDb() {
        try (DuckDbIOManager io = DuckDbIOManager.fromUrl("jdbc:duckdb:" + directory.resolve("render.duckdb"))) {
            String sql = io.render(new TableSlice("owner_totals", null, "owner_totals"), OwnerTotal.ROW_TYPE,
                    new SqlSalesGraph().totals().sql().query(index -> io.tableName(
                            new TableSlice("raw_sales", null, "raw_sales"))));
            assertThat(sql).isEqualTo("insert into \"main\".\"owner_totals\" (\"owner\", \"total\") select \"owner\","
                    + " sum(coalesce(\"amount\", 0E0)) from \"main\".\"raw_sales\" group by \"owner\"");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sqlChecksCountTheirFailingRowsInTheDatabaseAndABlockingOneSkipsTheDownstream() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("checks.duckdb");
        SqlSalesGraph sales = new SqlSalesGraph();
        AssetGraph passing = AssetGraph.of(List.of(sales.raw(), sales.totals(), sales.bigOwners()),
                List.of(sales.atLeast(0)));
        try (Materializer materializer = Materializer.builder(passing).url(url).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.checks()).singleElement().satisfies(check -> {
                assertThat(check.status()).isEqualTo(dev.assetflow.runtime.CheckStatus.PASSED);
                assertThat(check.description()).isEqualTo("no failing rows");
                assertThat(check.metadata()).containsEntry("failing_rows", 0L);
            });
        }
        AssetGraph failing = AssetGraph.of(List.of(sales.raw(), sales.totals(), sales.bigOwners()),
                List.of(sales.atLeast(10)));
        try (Materializer materializer = Materializer.builder(failing).url(url).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                    .satisfies(e -> {
                        MaterializeResult result = ((MaterializationException) e).result();
                        assertThat(result.checks()).singleElement().satisfies(check -> {
                            assertThat(check.status()).isEqualTo(dev.assetflow.runtime.CheckStatus.FAILED);
                            assertThat(check.description()).isEqualTo("2 failing rows"); // bob 0.0 and cid 7.5
                        });
                        assertThat(result.asset("big_owners").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
                    });
        }
    }

    @Test
    void aQueryFailingHalfWayLeavesTheOldTable() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("atomic.duckdb");
        SqlSalesGraph sales = new SqlSalesGraph();
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url).build()) {
            materializer.materializeAll();
        }
        AssetGraph failing = AssetGraph.of(List.of(sales.raw(), sales.failingTotals(false)));
        try (Materializer materializer = Materializer.builder(failing).url(url).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                    .satisfies(e -> {
                        AssetResult totals = ((MaterializationException) e).result().asset("owner_totals").orElseThrow();
                        assertThat(totals.status()).isEqualTo(AssetStatus.FAILED);
                        assertThat(totals.error().orElseThrow()).hasMessageContaining("asset 'owner_totals'")
                                .hasMessageContaining("main.owner_totals").hasMessageContaining("Conversion Error")
                                .hasMessageContaining("keeps its previous rows");
                    });
        }
        assertThat(rows(url, "select owner, total from owner_totals order by owner"))
                .containsExactly("ann=15.0", "bob=0.0", "cid=7.5");
    }

    @Test
    void aSqlAssetWhoseInputLivesInAnotherDatabaseFailsBeforeAnythingRuns() {
        SqlSalesGraph sales = new SqlSalesGraph();
        sales.rawIo = "lake";
        try (DuckDbIOManager warehouse = DuckDbIOManager.fromUrl("jdbc:duckdb:" + directory.resolve("warehouse.duckdb"));
                DuckDbIOManager lake = DuckDbIOManager.fromUrl("jdbc:duckdb:" + directory.resolve("lake.duckdb"))) {
            assertThatThrownBy(() -> Materializer.builder(sales.graph()).ioManager("default", warehouse)
                    .ioManager("lake", lake).build().materializeAll())
                    .isInstanceOf(AssetflowException.class).isNotInstanceOf(MaterializationException.class)
                    .hasMessageStartingWith("SQL assets cannot run, so nothing ran:")
                    .hasMessageContaining("asset 'owner_totals' (test.SqlAssets#ownerTotals) is a SQL asset in DuckDB file "
                            + directory.resolve("warehouse.duckdb").toAbsolutePath())
                    .hasMessageContaining("its input 'raw_sales' lives in DuckDB file "
                            + directory.resolve("lake.duckdb").toAbsolutePath() + " (IO manager 'lake')");
        }
        assertThat(sales.calls).isEmpty();
    }

    @Test
    void twoIoManagersOnTheSameFileShareTheDatabase() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("shared.duckdb");
        SqlSalesGraph sales = new SqlSalesGraph();
        sales.rawIo = "raw";
        try (DuckDbIOManager raw = DuckDbIOManager.builder(url).defaultSchema("landing").build();
                Materializer materializer = Materializer.builder(sales.graph()).url(url).ioManager("raw", raw).build()) {
            materializer.materializeAll();
        }
        assertThat(rows(url, "select owner, total from main.owner_totals order by owner"))
                .containsExactly("ann=15.0", "bob=0.0", "cid=7.5");
    }

    @Test
    void aSqlAssetStoredWhereQueriesCannotRunFailsBeforeAnythingRuns() {
        SqlSalesGraph sales = new SqlSalesGraph();
        assertThatThrownBy(() -> Materializer.builder(sales.graph()).ioManager("default", new InMemoryIOManager())
                .build().materializeAll())
                .isInstanceOf(AssetflowException.class).isNotInstanceOf(MaterializationException.class)
                .hasMessageContaining("asset 'owner_totals' (test.SqlAssets#ownerTotals) is a SQL asset, but its IO"
                        + " manager 'default'")
                .hasMessageContaining("cannot run queries");
        assertThat(sales.calls).isEmpty();
    }
}
