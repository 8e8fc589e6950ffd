package dev.assetflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assetflow.ui.demo.DemoAssets;
import dev.assetflow.ui.demo.Pipeline;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access token beyond loopback, secrets kept off pages, and {@code Pipeline ui} as a user starts it. */
class UiAccessTest {

    private static final String TOKEN = "a-long-enough-access-token-1234";

    @TempDir
    Path directory;

    @Test
    void boundBeyondLoopbackEveryRequestNeedsTheAccessToken() {
        DemoAssets.orders = 120;
        try (UiFixture fixture = new UiFixture(directory, AssetflowUi.builder(Pipeline.graph()).host("0.0.0.0")
                .port(0).accessToken(TOKEN).idleMillis(300))) {
            int port = fixture.ui.address().getPort();
            assertThat(fixture.ui.accessAddress().toString()).endsWith(":" + port + "/?token=" + TOKEN);
            URI local = URI.create("http://127.0.0.1:" + port + "/");

            HttpResponse<String> anonymous = fixture.send(HttpRequest.newBuilder(local).build());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).contains("needs its access token").doesNotContain(TOKEN);
            assertThat(fixture.send(HttpRequest.newBuilder(local.resolve("/api/graph")).build()).statusCode())
                    .isEqualTo(401);
            assertThat(fixture.send(HttpRequest.newBuilder(local.resolve("/?token=wrong-token-wrong-token")).build())
                    .statusCode()).isEqualTo(401);

            HttpResponse<String> opened = fixture.send(HttpRequest.newBuilder(local.resolve("/assets/raw_orders?token="
                    + TOKEN)).build());
            assertThat(opened.statusCode()).isEqualTo(303);
            assertThat(opened.headers().firstValue("Location")).hasValue("/assets/raw_orders");
            String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("assetflow_access_" + port + "=" + TOKEN).contains("HttpOnly", "SameSite=Strict");

            HttpResponse<String> withCookie = fixture.send(HttpRequest.newBuilder(local.resolve("/assets/raw_orders"))
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build());
            assertThat(withCookie.statusCode()).isEqualTo(200);
            assertThat(withCookie.body()).contains("raw_orders").doesNotContain(TOKEN);
            assertThat(fixture.send(HttpRequest.newBuilder(local.resolve("/api/graph"))
                    .header("Authorization", "Bearer " + TOKEN).build()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theStoragePasswordNeverReachesAPage() throws Exception {
        String base = System.getenv("ASSETFLOW_TEST_POSTGRES_URL");
        if (base == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("ASSETFLOW_TEST_POSTGRES_URL is not set, but CI=true requires PostgreSQL");
        }
        assumeTrue(base != null, "set ASSETFLOW_TEST_POSTGRES_URL to run the PostgreSQL test");
        String secret = "sekret-pw-4711";
        String url = base + (base.contains("?") ? "&" : "?") + "password=" + secret;
        try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement()) {
            for (String table : List.of("raw_orders", "euro_orders", "daily_revenue", "region_totals", "fx_rates",
                    "assetflow_runs", "assetflow_materializations", "assetflow_check_results")) {
                statement.execute("drop table if exists " + table);
            }
            statement.execute("create table fx_rates (currency text not null, rate double precision not null)");
            statement.execute("insert into fx_rates values ('EUR', 1.0), ('USD', 0.9)");
        }
        DemoAssets.orders = 120;
        DemoAssets.failTotals = true;
        try (AssetflowUi ui = AssetflowUi.builder(Pipeline.graph()).port(0).url(url).start()) {
            UiFixture client = new UiFixtureClient(ui);
            JsonNode launch = client.launchAndWait(Map.of("kind", "selection"));
            assertThat(launch.get("state").asText()).isEqualTo("FAILED");
            String runId = launch.get("runs").get(0).asText();
            String graph = client.get("/").body();
            assertThat(graph).contains("password=***").doesNotContain(secret);
            for (String path : List.of("/", "/runs", "/runs/" + runId, "/launch", "/launches/" + launch.get("id").asText(),
                    "/assets/raw_orders", "/assets/region_totals", "/assets/daily_revenue", "/api/graph", "/api/runs",
                    "/api/runs/" + runId, "/api/assets/raw_orders", "/api/launches/" + launch.get("id").asText(),
                    "/nowhere")) {
                assertThat(client.get(path).body()).as(path).doesNotContain(secret);
            }
        } finally {
            DemoAssets.failTotals = false;
        }
    }

    /** A client of a UI started elsewhere. */
    private static final class UiFixtureClient extends UiFixture {
        UiFixtureClient(AssetflowUi ui) {
            super(ui);
        }
    }

    @Test
    void pipelineUiPrintsTheAddressAndServesUntilInterrupted() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("w.duckdb");
        UiFixture.createSourceTable(url);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Pipeline.class.getName(), "ui", "--port", "0", "--url", url)
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            Matcher address = null;
            while ((line = out.readLine()) != null) {
                Matcher m = Pattern.compile("Assetflow UI of 5 assets at (http://127\\.0\\.0\\.1:\\d+/)$").matcher(line);
                if (m.find()) {
                    address = m;
                    break;
                }
            }
            assertThat(address).as("the address line").isNotNull();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-asset=\"raw_orders\"");
            assertThat(process.isAlive()).isTrue();
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
