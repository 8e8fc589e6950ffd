package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.CheckStatus;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.SqlSalesGraph;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL assets on Snowflake (the real snowflake-jdbc driver against the emulator): the query runs inside the
 * database, into a staging table and then in one transaction into the asset's upper-case table; Java assets read
 * its table; checks count in the database; a failing query leaves the old rows; partitions replace only theirs.
 */
class SnowflakeSqlAssetTest {

    private static SnowflakeEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private static SnowflakeIOManager io(String schema) {
        return SnowflakeIOManager.builder().url(emulator.jdbcUrl()).user(SnowflakeEmulator.DEFAULT_USER)
                .password(SnowflakeEmulator.DEFAULT_PASSWORD).database(emulator.database()).schema(schema).build();
    }

    private static List<String> rows(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "=" + Double.parseDouble(rs.getString(2)));
            }
            return rows;
        }
    }

    @Test
    void aSqlAssetIsComputedInsideSnowflakeAndAJavaAssetReadsItsTable() throws Exception {
        SqlSalesGraph sales = new SqlSalesGraph();
        try (SnowflakeIOManager io = io("MIXED");
                Materializer materializer = Materializer.builder(sales.graph())
                        .ioManager(Materializer.DEFAULT_IO, io).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.assets()).extracting(AssetResult::key, AssetResult::status, AssetResult::rows)
                    .containsExactly(Tuple.tuple("raw_sales", AssetStatus.MATERIALIZED, 4L),
                            Tuple.tuple("owner_totals", AssetStatus.MATERIALIZED, 3L),
                            Tuple.tuple("big_owners", AssetStatus.MATERIALIZED, 2L));
        }
        assertThat(rows("select owner, total from mixed.owner_totals order by owner"))
                .containsExactly("ann=15.0", "bob=0.0", "cid=7.5");
        assertThat(rows("select owner, total from mixed.big_owners order by owner"))
                .containsExactly("ann=15.0", "cid=7.5");
        // The aggregation ran in the database, into a staging table, whose rows then replaced the table's.
        List<String> inserts = emulator.receivedSql().stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).startsWith("insert into \"mixed\".\"owner_totals")).toList();
        assertThat(inserts).hasSize(2);
        assertThat(inserts.get(0)).matches("insert into \"MIXED\"\\.\"OWNER_TOTALS__ASSETFLOW_STAGING_\\w+\" \\(\"OWNER\","
                + " \"TOTAL\"\\) select \"OWNER\", SUM\\(COALESCE\\(\"AMOUNT\", 0E0\\)\\) from \"MIXED\"\\.\"RAW_SALES\""
                + " group by \"OWNER\"");
        assertThat(inserts.get(1)).matches("insert into \"MIXED\"\\.\"OWNER_TOTALS\" \\(\"OWNER\", \"TOTAL\"\\) select"
                + " \"OWNER\", \"TOTAL\" from \"MIXED\"\\.\"OWNER_TOTALS__ASSETFLOW_STAGING_\\w+\"");
    }

    @Test
    void theStatementIsRenderedWithSnowflakesUpperCaseNames() {
        try (SnowflakeIOManager io = io("RENDER")) {
            String sql = io.render(new TableSlice("owner_totals", null, "owner_totals"), OwnerTotal.ROW_TYPE,
                    new SqlSalesGraph().totals().sql().query(index -> io.tableName(
                            new TableSlice("raw_sales", null, "raw_sales"))));
            assertThat(sql).isEqualTo("insert into \"RENDER\".\"OWNER_TOTALS\" (\"OWNER\", \"TOTAL\") select \"OWNER\","
                    + " SUM(COALESCE(\"AMOUNT\", 0E0)) from \"RENDER\".\"RAW_SALES\" group by \"OWNER\"");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sqlChecksCountTheirFailingRowsInSnowflake() throws Exception {
        SqlSalesGraph sales = new SqlSalesGraph();
        AssetGraph failing = AssetGraph.of(List.of(sales.raw(), sales.totals(), sales.bigOwners()),
                List.of(sales.atLeast(10)));
        try (SnowflakeIOManager io = io("CHECKS");
                Materializer materializer = Materializer.builder(failing).ioManager(Materializer.DEFAULT_IO, io)
                        .build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                    .satisfies(e -> {
                        MaterializeResult result = ((MaterializationException) e).result();
                        assertThat(result.checks()).singleElement().satisfies(check -> {
                            assertThat(check.status()).isEqualTo(CheckStatus.FAILED);
                            assertThat(check.description()).isEqualTo("2 failing rows"); // bob 0.0 and cid 7.5
                        });
                        assertThat(result.asset("big_owners").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
                    });
        }
    }

    @Test
    void aQueryFailingHalfWayLeavesTheOldRows() throws Exception {
        SqlSalesGraph sales = new SqlSalesGraph();
        try (SnowflakeIOManager io = io("ATOMIC")) {
            try (Materializer materializer = Materializer.builder(sales.graph())
                    .ioManager(Materializer.DEFAULT_IO, io).build()) {
                materializer.materializeAll();
            }
            AssetGraph failing = AssetGraph.of(List.of(sales.raw(), sales.failingTotals(false)));
            try (Materializer materializer = Materializer.builder(failing).ioManager(Materializer.DEFAULT_IO, io)
                    .build()) {
                assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                        .satisfies(e -> {
                            AssetResult totals = ((MaterializationException) e).result().asset("owner_totals")
                                    .orElseThrow();
                            assertThat(totals.status()).isEqualTo(AssetStatus.FAILED);
                            assertThat(totals.error().orElseThrow()).hasMessageContaining("asset 'owner_totals'")
                                    .hasMessageContaining("ATOMIC.OWNER_TOTALS")
                                    .hasMessageContaining("keeps its previous rows");
                        });
            }
        }
        assertThat(rows("select owner, total from atomic.owner_totals order by owner"))
                .containsExactly("ann=15.0", "bob=0.0", "cid=7.5");
        assertThat(rows("select table_name, 0 from information_schema.tables where table_schema = 'ATOMIC'"
                + " and table_name like '%ASSETFLOW_STAGING%'")).isEmpty();
    }

    @Test
    void aPartitionRunReplacesOnlyItsRowsFromItsInputPartition() throws Exception {
        AtomicReference<Double> factor = new AtomicReference<>(1.0);
        AssetGraph graph = AssetGraph.of(List.of(SqlSalesGraph.dailyRaw(factor), SqlSalesGraph.dailyClean(false)));
        try (SnowflakeIOManager io = io("DAILY");
                Materializer materializer = Materializer.builder(graph).ioManager(Materializer.DEFAULT_IO, io)
                        .build()) {
            materializer.materialize(AssetSelection.all(), "2024-01-01");
            materializer.materialize(AssetSelection.all(), "2024-01-02");
            factor.set(2.0);
            AssetResult cleaned = materializer.materialize(AssetSelection.all(), "2024-01-02")
                    .asset("clean_sales").orElseThrow();
            assertThat(cleaned.rows()).isEqualTo(1L);
        }
        // only 2024-01-02 was replaced, from the 2024-01-02 rows of raw_sales
        assertThat(rows("select day || ' ' || id, amount from daily.clean_sales order by id"))
                .containsExactly("2024-01-01 1=10.0", "2024-01-01 2=0.0", "2024-01-02 3=10.0");
    }

    @Test
    void aQueryReturningRowsOfAnotherPartitionFailsAndLeavesTheTable() throws Exception {
        AtomicReference<Double> factor = new AtomicReference<>(1.0);
        try (SnowflakeIOManager io = io("STRAY")) {
            AssetGraph good = AssetGraph.of(List.of(SqlSalesGraph.dailyRaw(factor), SqlSalesGraph.dailyClean(false)));
            try (Materializer materializer = Materializer.builder(good).ioManager(Materializer.DEFAULT_IO, io)
                    .build()) {
                materializer.materialize(AssetSelection.all(), "2024-01-01");
            }
            AssetGraph stray = AssetGraph.of(List.of(SqlSalesGraph.dailyRaw(factor), SqlSalesGraph.dailyClean(true)));
            try (Materializer materializer = Materializer.builder(stray).ioManager(Materializer.DEFAULT_IO, io)
                    .build()) {
                assertThatThrownBy(() -> materializer.materialize(AssetSelection.all(), "2024-01-01"))
                        .isInstanceOf(MaterializationException.class)
                        .satisfies(e -> assertThat(((MaterializationException) e).result().asset("clean_sales")
                                .orElseThrow().error().orElseThrow())
                                .hasMessageContaining("asset 'clean_sales'")
                                .hasMessageContaining("2 of its 2 rows outside partition")
                                .hasMessageContaining("STRAY.CLEAN_SALES")
                                .hasMessageContaining("keeps its previous rows"));
            }
        }
        assertThat(rows("select day || ' ' || id, amount from stray.clean_sales order by id"))
                .containsExactly("2024-01-01 1=10.0", "2024-01-01 2=0.0");
    }
}
