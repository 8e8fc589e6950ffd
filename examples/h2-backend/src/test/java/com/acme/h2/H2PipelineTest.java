package com.acme.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.h2.orders.CustomerTotal;
import com.acme.h2.orders.DailyRevenue;
import com.acme.h2.orders.Order;
import com.acme.h2.orders.OrderAssets;
import com.acme.h2.orders.Pipeline;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline materialized on an H2 file named only by its {@code jdbc:h2:} URL: the engine finds the backend
 * through {@link java.util.ServiceLoader}, stores the tables and the run history there, and replaces a
 * single partition on its own.
 */
class H2PipelineTest {

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2024, 5, 2);
    private static final LocalDate MAY_3 = LocalDate.of(2024, 5, 3);

    @TempDir
    Path dir;

    @AfterEach
    void forgetOrders() {
        OrderAssets.delivered = List.of();
    }

    @Test
    void materializesTheGraphOnTheH2FileOfTheUrlAndKeepsItsHistoryThereForTheNextRun() throws SQLException {
        String url = "jdbc:h2:" + dir.resolve("warehouse").toAbsolutePath();
        try (IOManager found = IOManagers.fromUrl(url)) {
            assertThat(found).isInstanceOf(H2IOManager.class);
        }
        OrderAssets.delivered = List.of(order(1, "ann", "10.50", MAY_1), order(2, "bob", "3.25", MAY_1),
                order(3, "ann", "7.00", MAY_2), order(4, "cid", "100.00", MAY_3));

        try (Materializer materializer = Pipeline.materializer().url(url).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.assets()).extracting(AssetResult::key)
                    .containsExactly("orders", "customer_totals", "daily_revenue");
            assertThat(result.assets()).extracting(AssetResult::status).containsOnly(AssetStatus.MATERIALIZED);
            assertThat(result.assets()).extracting(AssetResult::rows).containsExactly(4L, 3L, 3L);
            assertThat(materializer.load(Pipeline.CUSTOMER_TOTALS)).containsExactly(
                    new CustomerTotal("ann", new BigDecimal("17.50")), new CustomerTotal("bob", new BigDecimal("3.25")),
                    new CustomerTotal("cid", new BigDecimal("100.00")));
        }

        try (Materializer nextProcess = Pipeline.materializer().url(url).build()) {
            assertThat(nextProcess.history()).extracting(MaterializationRecord::asset)
                    .containsExactlyInAnyOrder("orders", "customer_totals", "daily_revenue");
            assertThat(nextProcess.materializeStale().assets()).as("assets materialized again").isEmpty();
        }

        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(rows(connection, "SELECT \"customer\", \"total\" FROM \"customer_totals\" ORDER BY 1"))
                    .containsExactly("ann 17.50", "bob 3.25", "cid 100.00");
            assertThat(rows(connection, "SELECT \"status\", \"materialized\" FROM \"assetflow_runs\""))
                    .containsExactly("SUCCEEDED 3");
        }
    }

    @Test
    void materializingAPartitionReplacesOnlyThatDaysRows() {
        String url = "jdbc:h2:" + dir.resolve("partitions").toAbsolutePath();
        OrderAssets.delivered = List.of(order(1, "ann", "10.00", MAY_1), order(2, "bob", "20.00", MAY_2),
                order(3, "cid", "30.00", MAY_3));
        try (Materializer materializer = Pipeline.materializer().url(url).build()) {
            materializer.materializeAll();
            OrderAssets.delivered = List.of(order(1, "ann", "11.00", MAY_1), order(2, "bob", "20.00", MAY_2),
                    order(5, "dan", "5.00", MAY_2), order(3, "cid", "33.00", MAY_3));

            materializer.materialize(AssetSelection.parse("orders"));
            MaterializeResult day = materializer.materialize(AssetSelection.parse("daily_revenue"), "2024-05-02");

            assertThat(day.assets()).extracting(AssetResult::rows).containsExactly(1L);
            assertThat(materializer.load(Pipeline.DAILY_REVENUE)).containsExactlyInAnyOrder(
                    new DailyRevenue(MAY_1, new BigDecimal("10.00"), 1),
                    new DailyRevenue(MAY_2, new BigDecimal("25.00"), 2),
                    new DailyRevenue(MAY_3, new BigDecimal("30.00"), 1));
        }
    }

    @Test
    void anUnnamedInMemoryDatabaseIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> Pipeline.materializer().url("jdbc:h2:mem:").build())
                .isInstanceOf(AssetflowException.class)
                .hasMessageContaining("jdbc:h2:mem:warehouse");
    }

    private static Order order(long id, String customer, String amount, LocalDate day) {
        return new Order(id, customer, new BigDecimal(amount), day);
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2));
            }
        }
        return rows;
    }
}
