package dev.assetflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assetflow.ui.demo.DemoAssets;
import dev.assetflow.ui.demo.Pipeline;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI before the first materialization: a DuckDB file that does not exist yet shows the graph with every asset
 * never materialized, no runs and a notice saying where the storage will be, creates nothing by being looked at,
 * and is created by the first launch; a storage that exists but cannot be read stays a 503 with the reason.
 */
class UiFreshWarehouseTest {

    static final List<String> ASSETS = List.of("raw_orders", "fx_rates", "euro_orders", "daily_revenue",
            "region_totals");

    @TempDir
    Path directory;

    @BeforeEach
    void reset() {
        DemoAssets.orders = 120;
        DemoAssets.failTotals = false;
        DemoAssets.gate = null;
    }

    private UiFixture ui(String url, long idleMillis) {
        return new UiFixture(AssetflowUi.builder(Pipeline.graph()).port(0).idleMillis(idleMillis).url(url).start());
    }

    /** Every page and JSON endpoint a user can open without a run or a launch. */
    static List<String> everyPage() {
        List<String> paths = new java.util.ArrayList<>(List.of("/", "/runs", "/launch", "/launch?select=raw_orders",
                "/api/graph", "/api/runs", "/api/runs?limit=5"));
        for (String asset : ASSETS) {
            paths.add("/assets/" + asset);
            paths.add("/api/assets/" + asset);
            paths.add("/api/assets/" + asset + "/preview?limit=5");
        }
        return paths;
    }

    private static Map<String, String> statuses(UiFixture ui) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonNode asset : ui.json("/api/graph").get("assets")) {
            statuses.put(asset.get("key").asText(), asset.get("status").asText());
        }
        return statuses;
    }

    @Test
    void aDuckDbFileNotCreatedYetShowsEveryAssetNeverMaterializedAndNoRuns() {
        Path file = directory.resolve("new").resolve("warehouse.duckdb");
        try (UiFixture ui = ui("jdbc:duckdb:" + file, 300)) {
            assertThat(statuses(ui)).containsExactlyInAnyOrderEntriesOf(Map.of("raw_orders", "never", "fx_rates",
                    "source", "euro_orders", "never", "daily_revenue", "never", "region_totals", "never"));
            assertThat(ui.json("/api/runs")).isEmpty();
            JsonNode rawOrders = ui.json("/api/assets/raw_orders");
            assertThat(rawOrders.get("history")).isEmpty();
            assertThat(rawOrders.get("preview").get("error").asText())
                    .isEqualTo("never materialized: there is no DuckDB database at " + file + " yet");
            assertThat(ui.json("/api/assets/daily_revenue").get("partitions").findValuesAsText("status"))
                    .hasSize(7).containsOnly("never");
        }
    }

    @Test
    void theNoticeSaysWhereTheStorageWillBeCreatedOnTheGraphAssetAndRunsPages() {
        Path file = directory.resolve("warehouse.duckdb");
        String notice = "Nothing materialized yet: there is no DuckDB database at " + file + ". The first launch"
                + " (Launch, or the command line&#39;s materialize) creates it there; looking at these pages creates"
                + " nothing.";
        try (UiFixture ui = ui("jdbc:duckdb:" + file, 300)) {
            assertThat(ui.json("/api/graph").get("notice").asText()).startsWith("there is no DuckDB database at "
                    + file + ". The first launch");
            for (String path : List.of("/", "/runs", "/assets/raw_orders", "/assets/fx_rates")) {
                HttpResponse<String> page = ui.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path).contains("<div class=\"notice\" id=\"nothing-materialized\"")
                        .contains(notice.replace("Nothing materialized yet:", "Nothing materialized yet:</strong>"));
            }
            assertThat(ui.get("/runs").body()).contains("no runs yet");
            assertThat(ui.get("/assets/raw_orders").body()).contains("<p class=\"empty\">never materialized</p>");
        }
    }

    @Test
    void lookingAtEveryPageAndEndpointCreatesNoFileAndNoDirectory() throws Exception {
        Path parent = directory.resolve("not-yet");
        Path file = parent.resolve("warehouse.duckdb");
        try (UiFixture ui = ui("jdbc:duckdb:" + file, 100)) {
            for (int round = 0; round < 2; round++) {
                for (String path : everyPage()) {
                    assertThat(ui.get(path).statusCode()).as(path).isEqualTo(200);
                }
                assertThat(ui.get("/runs/no-such-run").statusCode()).isEqualTo(404);
                assertThat(ui.get("/api/runs/no-such-run").statusCode()).isEqualTo(404);
                assertThat(ui.get("/assets/no_such_asset").statusCode()).isEqualTo(404);
                Thread.sleep(400); // past the idle time: the next round opens the storage again
            }
        }
        assertThat(file).doesNotExist();
        assertThat(parent).doesNotExist();
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void theFirstLaunchCreatesTheStorageAndThePagesShowItWithoutARestart() {
        Path file = directory.resolve("warehouse.duckdb");
        // An idle time longer than the test: the pages must see the new file without the storage being closed.
        try (UiFixture ui = ui("jdbc:duckdb:" + file, 600_000)) {
            assertThat(statuses(ui).get("raw_orders")).isEqualTo("never");

            JsonNode launch = ui.launchAndWait(Map.of("kind", "selection", "select", "raw_orders"));

            assertThat(launch.get("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(file).isRegularFile();
            assertThat(statuses(ui)).containsEntry("raw_orders", "materialized").containsEntry("euro_orders", "never");
            assertThat(ui.json("/api/graph").get("notice").isNull()).isTrue();
            JsonNode runs = ui.json("/api/runs");
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).get("runId").asText()).isEqualTo(launch.get("runs").get(0).asText());
            assertThat(ui.json("/api/assets/raw_orders/preview?limit=3").get("rows")).hasSize(3);
            assertThat(ui.get("/").body()).doesNotContain("nothing-materialized");
            assertThat(ui.get("/runs").body()).doesNotContain("nothing-materialized")
                    .contains("data-run=\"" + runs.get(0).get("runId").asText() + "\"");
        }
    }

    @Test
    void aStorageWithNoRunRecordedSaysSoNamingTheUrl() {
        try (UiFixture ui = new UiFixture(directory)) { // the file exists and holds only the source table
            String notice = ui.json("/api/graph").get("notice").asText();
            assertThat(notice).isEqualTo("the run history of " + ui.url + " records no run yet. The first launch"
                    + " (Launch, or the command line's materialize) records its runs there, creating the schema and"
                    + " tables it needs; looking at these pages creates nothing.");
            assertThat(ui.json("/api/assets/fx_rates/preview").get("rows")).hasSize(2);
        }
    }

    @Test
    void aFileThatIsNotADuckDbDatabaseIsA503WithTheReason() throws Exception {
        Path file = directory.resolve("warehouse.duckdb");
        Files.writeString(file, "this is not a database, but a note that somebody saved here by mistake\n".repeat(200));
        try (UiFixture ui = ui("jdbc:duckdb:" + file, 300)) {
            HttpResponse<String> api = ui.get("/api/graph");
            HttpResponse<String> page = ui.get("/");

            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(UiFixture.parse(api.body()).get("error").asText()).startsWith("cannot read the storage: ")
                    .contains(file.toString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("<h1>Storage unavailable</h1>").doesNotContain("nothing-materialized");
        }
        assertThat(Files.readString(file)).startsWith("this is not a database");
    }

    @Test
    void aDirectoryWhereTheFileShouldBeIsA503NamingThePath() throws Exception {
        Path file = Files.createDirectory(directory.resolve("warehouse.duckdb"));
        try (UiFixture ui = ui("jdbc:duckdb:" + file, 300)) {
            HttpResponse<String> api = ui.get("/api/graph");

            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(UiFixture.parse(api.body()).get("error").asText())
                    .contains("no DuckDB database at " + file + " (from jdbc:duckdb:" + file + ")");
        }
    }

    @Test
    void aPostgreSqlServerThatIsDownIsA503WithTheReasonAndNoSecret() {
        String secret = "sekret-pw-0815";
        String url = "jdbc:postgresql://127.0.0.1:1/test_uifresh?user=postgres&password=" + secret;
        try (UiFixture ui = ui(url, 300)) {
            for (String path : List.of("/", "/runs", "/assets/raw_orders")) {
                HttpResponse<String> page = ui.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(503);
                assertThat(page.body()).as(path).contains("<h1>Storage unavailable</h1>")
                        .contains("127.0.0.1:1 refused").doesNotContain(secret).doesNotContain("nothing-materialized");
            }
            HttpResponse<String> api = ui.get("/api/graph");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(UiFixture.parse(api.body()).get("error").asText()).startsWith("cannot read the storage: ")
                    .contains("127.0.0.1:1 refused");
        }
    }

    private static String postgres() {
        String base = System.getenv("ASSETFLOW_TEST_POSTGRES_URL");
        if (base == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("ASSETFLOW_TEST_POSTGRES_URL is not set, but CI=true requires PostgreSQL");
        }
        assumeTrue(base != null, "set ASSETFLOW_TEST_POSTGRES_URL to run the PostgreSQL tests");
        return base;
    }

    private static boolean schemaExists(String base, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(base);
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from information_schema.schemata where schema_name = ?")) {
            query.setString(1, schema);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }
    }

    private static void dropSchema(String base, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void aPostgreSqlSchemaNotCreatedYetIsShownEmptyStaysUncreatedAndTheFirstLaunchCreatesIt() throws Exception {
        String base = postgres();
        String schema = "ui_fresh_" + Long.toHexString(System.nanoTime());
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (UiFixture ui = ui(url, 100)) {
            for (String path : everyPage()) {
                assertThat(ui.get(path).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(statuses(ui)).containsEntry("raw_orders", "never").containsEntry("region_totals", "never");
            assertThat(ui.json("/api/runs")).isEmpty();
            assertThat(ui.json("/api/graph").get("notice").asText()).startsWith("the run history of "
                    + Secrets.maskUrl(url) + " records no run yet.");
            assertThat(ui.get("/").body()).contains("id=\"nothing-materialized\"");
            assertThat(schemaExists(base, schema)).as("schema " + schema + " after looking").isFalse();

            JsonNode launch = ui.launchAndWait(Map.of("kind", "selection", "select", "raw_orders"));

            assertThat(launch.get("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(schemaExists(base, schema)).isTrue();
            assertThat(statuses(ui)).containsEntry("raw_orders", "materialized");
            assertThat(ui.json("/api/runs")).hasSize(1);
            assertThat(ui.json("/api/graph").get("notice").isNull()).isTrue();
        } finally {
            dropSchema(base, schema);
        }
    }

    @Test
    void aPostgreSqlDatabaseThatDoesNotExistIsA503WithTheReason() {
        String base = postgres();
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)")
                .matcher(base);
        assertThat(parts.matches()).as(base).isTrue();
        String missing = parts.group(2) + "_no_such_database";
        String url = parts.group(1) + missing + parts.group(3);
        try (UiFixture ui = ui(url, 300)) {
            HttpResponse<String> page = ui.get("/");

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("<h1>Storage unavailable</h1>")
                    .contains("database &quot;" + missing + "&quot; does not exist")
                    .doesNotContain("nothing-materialized");
        }
    }
}
