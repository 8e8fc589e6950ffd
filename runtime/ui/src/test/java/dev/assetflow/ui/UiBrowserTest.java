package dev.assetflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.RunStatus;
import dev.assetflow.ui.demo.DemoAssets;
import dev.assetflow.ui.demo.Pipeline;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run} installs):
 * open the graph, open an asset, launch a run of it, watch it finish without reloading, see the new row count; and
 * a page of another origin fails to start a run. Screenshots land in {@code target/screenshots}.
 */
class UiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path profile;

    @TempDir
    Path directory;

    private static WebDriver browser;
    private UiFixture fixture;

    @BeforeAll
    static void openBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian's chromium"
                    + " and chromium-driver; .ci/run installs them)");
        }
        assumeTrue(present, "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void start() {
        DemoAssets.orders = 120;
        DemoAssets.failTotals = false;
        DemoAssets.gate = null;
        fixture = new UiFixture(directory);
    }

    @AfterEach
    void stop() {
        DemoAssets.gate = null;
        DemoAssets.failTotals = false;
        fixture.close();
    }

    private String at(String path) {
        return fixture.uri(path).toString();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void openTheGraphAnAssetLaunchARunAndSeeTheNewRowCount() throws Exception {
        browser.get(at("/"));
        WebElement node = browser.findElement(By.cssSelector("svg.graph a.node[data-asset='raw_orders']"));
        assertThat(node.getAttribute("data-status")).isEqualTo("never");
        assertThat(browser.findElements(By.cssSelector("svg.graph a.node"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("svg.graph a.node[data-asset='fx_rates']")).getAttribute("data-status"))
                .isEqualTo("source");
        node.click();

        waiting().until(d -> d.getCurrentUrl().endsWith("/assets/raw_orders"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("raw_orders");
        assertThat(browser.findElement(By.cssSelector("table.columns")).getText()).contains("coupon VARCHAR yes",
                "id BIGINT no");

        CountDownLatch gate = new CountDownLatch(1);
        DemoAssets.gate = gate;
        browser.findElement(By.xpath("//button[text()='Materialize']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/launches/"));
        WebElement launch = browser.findElement(By.id("launch"));
        assertThat(launch.getAttribute("data-state")).isEqualTo("RUNNING");
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        gate.countDown();

        waiting().until(d -> "SUCCEEDED".equals(d.findElement(By.id("launch")).getAttribute("data-state")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;")).isEqualTo(true);
        WebElement row = browser.findElement(By.cssSelector("#progress tr[data-asset='raw_orders']"));
        assertThat(row.getText()).contains("raw_orders", "MATERIALIZED", "120");
        assertThat(browser.findElement(By.id("launch-state")).getText()).isEqualTo("SUCCEEDED");

        DemoAssets.orders = 150;
        CountDownLatch second = new CountDownLatch(1);
        DemoAssets.gate = second;
        browser.get(at("/assets/raw_orders"));
        assertThat(browser.findElement(By.id("last-rows")).getText()).isEqualTo("120");
        browser.findElement(By.xpath("//button[text()='Materialize']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/launches/"));
        String launchPage = browser.getCurrentUrl();

        // The graph follows the run without a reload.
        browser.get(at("/"));
        WebElement running = browser.findElement(By.cssSelector("svg.graph a.node[data-asset='raw_orders']"));
        assertThat(running.getAttribute("data-status")).isEqualTo("running");
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        second.countDown();
        waiting().until(d -> "materialized".equals(d.findElement(By.cssSelector("svg.graph a.node[data-asset='raw_orders']"))
                .getAttribute("data-status")));
        assertThat(browser.findElement(By.cssSelector("svg.graph a.node[data-asset='raw_orders']")).getText())
                .contains("150 rows");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;")).isEqualTo(true);

        browser.get(launchPage);
        waiting().until(d -> "SUCCEEDED".equals(d.findElement(By.id("launch")).getAttribute("data-state")));
        browser.findElement(By.cssSelector("#progress a[href='/assets/raw_orders']")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/assets/raw_orders"));
        assertThat(browser.findElement(By.id("last-rows")).getText()).isEqualTo("150");
        waiting().until(d -> "true".equals(d.findElement(By.id("history-chart")).getAttribute("data-drawn")));
    }

    @Test
    void aFreshWarehouseShowsTheGraphWithANoticeAndTheFirstLaunchCreatesIt() throws Exception {
        Path file = directory.resolve("fresh").resolve("warehouse.duckdb");
        try (UiFixture fresh = new UiFixture(AssetflowUi.builder(Pipeline.graph()).port(0).idleMillis(300)
                .url("jdbc:duckdb:" + file).start())) {
            browser.get(fresh.uri("/").toString());
            assertThat(browser.findElement(By.id("nothing-materialized")).getText()).isEqualTo("Nothing materialized"
                    + " yet: there is no DuckDB database at " + file + ". The first launch (Launch, or the command"
                    + " line's materialize) creates it there; looking at these pages creates nothing.");
            assertThat(browser.findElements(By.cssSelector("svg.graph a.node"))).hasSize(5);
            for (WebElement node : browser.findElements(By.cssSelector("svg.graph a.node"))) {
                assertThat(node.getAttribute("data-status")).as(node.getAttribute("data-asset"))
                        .isEqualTo(node.getAttribute("data-asset").equals("fx_rates") ? "source" : "never");
            }
            screenshot("ui-fresh.png");
            browser.findElement(By.cssSelector("svg.graph a.node[data-asset='raw_orders']")).click();
            waiting().until(d -> d.getCurrentUrl().endsWith("/assets/raw_orders"));
            assertThat(browser.findElement(By.id("nothing-materialized")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("preview-error")).getText()).isEqualTo("no rows to show: never"
                    + " materialized: there is no DuckDB database at " + file + " yet");
            assertThat(file.getParent()).as("looking created nothing").doesNotExist();

            CountDownLatch gate = new CountDownLatch(1);
            DemoAssets.gate = gate;
            browser.findElement(By.xpath("//button[text()='Materialize']")).click();
            waiting().until(d -> d.getCurrentUrl().contains("/launches/"));
            // While the first run goes, the graph follows it and drops the notice once the storage has a run.
            browser.get(fresh.uri("/").toString());
            assertThat(browser.findElement(By.cssSelector("svg.graph a.node[data-asset='raw_orders']"))
                    .getAttribute("data-status")).isEqualTo("running");
            ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
            gate.countDown();
            waiting().until(d -> "materialized".equals(d.findElement(
                    By.cssSelector("svg.graph a.node[data-asset='raw_orders']")).getAttribute("data-status")));
            waiting().until(d -> d.findElements(By.id("nothing-materialized")).isEmpty());
            assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                    .isEqualTo(true);
            assertThat(file).isRegularFile();

            browser.navigate().refresh();
            assertThat(browser.findElements(By.id("nothing-materialized"))).isEmpty();
            assertThat(browser.findElement(By.cssSelector("svg.graph a.node[data-asset='raw_orders']")).getText())
                    .contains("120 rows");
            assertThat(browser.findElement(By.cssSelector("svg.graph a.node[data-asset='euro_orders']"))
                    .getAttribute("data-status")).isEqualTo("never");
            browser.get(fresh.uri("/runs").toString());
            assertThat(browser.findElements(By.cssSelector("table.runs tbody tr"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("table.runs tbody tr .badge")).getText())
                    .isEqualTo("SUCCEEDED");
        }
    }

    @Test
    void aRunWhoseProcessStoppedShowsAbandonedInTheRunsAndOnItsPage() throws Exception {
        Instant started = Instant.parse("2026-01-05T08:00:00Z");
        try (DuckDbIOManager io = DuckDbIOManager.fromUrl(fixture.url)) {
            io.runHistory().recordRun(new RunRecord("killed-run-1", started, null, RunStatus.RUNNING, "raw_orders", null,
                    0, 0, 0, 0, started.plusSeconds(60)));
            io.runHistory().recordRun(new RunRecord("alive-run-2", started.plusSeconds(1), null, RunStatus.RUNNING,
                    "raw_orders", null, 0, 0, 0, 0, Instant.now().plusSeconds(3600)));
        }

        browser.get(at("/runs"));
        WebElement killed = browser.findElement(By.cssSelector("tr[data-run='killed-run-1'] .badge"));
        assertThat(killed.getText()).isEqualTo("ABANDONED");
        assertThat(killed.getCssValue("background-color")).as("the failure colour").isEqualTo("rgba(254, 226, 226, 1)");
        assertThat(killed.getCssValue("border-top-style")).isEqualTo("dashed");
        assertThat(browser.findElement(By.cssSelector("tr[data-run='alive-run-2'] .badge")).getText())
                .isEqualTo("RUNNING");

        browser.findElement(By.cssSelector("tr[data-run='killed-run-1'] a")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/runs/killed-run-1"));
        assertThat(browser.findElement(By.cssSelector("h1 .badge")).getText()).isEqualTo("ABANDONED");
        assertThat(browser.findElement(By.id("abandoned")).getText()).isEqualTo("never: its process stopped without"
                + " finishing it; its lease ran out at 2026-01-05 08:01:00Z with no sign of life");
    }

    @Test
    void aPageFromAnotherOriginCannotStartARun() throws Exception {
        int uiPort = fixture.ui.address().getPort();
        String target = "http://127.0.0.1:" + uiPort;
        String evilPage = "<!DOCTYPE html><html><head><title>waiting</title></head><body>"
                + "<form id=\"f\" method=\"post\" action=\"" + target + "/launch\">"
                + "<input name=\"kind\" value=\"selection\"><input name=\"select\" value=\"raw_orders\">"
                + "<input name=\"csrf\" value=\"guessed\"></form><script>"
                + "fetch('" + target + "/').then(r => r.text()).then(t => { document.title = 'read: ' + t.length; },"
                + " () => { document.title = 'read blocked'; })"
                + ".then(() => fetch('" + target + "/api/launches', {method: 'POST', mode: 'no-cors',"
                + " body: new URLSearchParams({kind: 'selection', csrf: 'guessed'})}))"
                + ".catch(() => {}).then(() => { document.title += ', posted'; });"
                + "</script></body></html>";
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evil.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getPath().equals("/submit")
                    ? evilPage.replace("</body>", "<script>document.getElementById('f').submit()</script></body>")
                    : evilPage).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        evil.start();
        try {
            String evilOrigin = "http://localhost:" + evil.getAddress().getPort();
            browser.get(evilOrigin + "/");
            waiting().until(d -> d.getTitle().endsWith(", posted"));
            assertThat(browser.getTitle()).isEqualTo("read blocked, posted");

            browser.get(evilOrigin + "/submit");
            waiting().until(d -> d.getCurrentUrl().startsWith(target));
            assertThat(browser.findElement(By.id("error")).getText()).startsWith("refused:");
        } finally {
            evil.stop(0);
        }
        assertThat(fixture.json("/api/runs")).isEmpty();
        assertThat(fixture.json("/api/graph").get("assets").get(0).get("status").asText()).isEqualTo("never");
    }

    @Test
    void screenshotsOfTheGraphAndAnAsset() throws Exception {
        fixture.launchAndWait(Map.of("kind", "selection"));
        fixture.launchAndWait(Map.of("kind", "backfill", "select", "daily_revenue", "from", "2024-01-01", "to",
                "2024-01-05"));
        DemoAssets.orders = 140;
        fixture.launchAndWait(Map.of("kind", "selection", "select", "raw_orders"));
        DemoAssets.failTotals = true;
        fixture.launchAndWait(Map.of("kind", "selection", "select", "region_totals"));

        browser.manage().window().setSize(new Dimension(1280, 760));
        browser.get(at("/"));
        assertThat(browser.findElement(By.cssSelector("svg.graph a.node[data-asset='region_totals']"))
                .getAttribute("data-status")).isEqualTo("failed");
        assertThat(browser.findElement(By.cssSelector("svg.graph a.node[data-asset='euro_orders']"))
                .getAttribute("data-status")).isEqualTo("stale");
        screenshot("ui-graph.png");

        browser.manage().window().setSize(new Dimension(1280, 1500));
        browser.get(at("/assets/daily_revenue"));
        waiting().until(d -> "true".equals(d.findElement(By.id("history-chart")).getAttribute("data-drawn")));
        screenshot("ui-asset.png");
        browser.manage().window().setSize(new Dimension(1280, 800));
        assertThat(new File("target/screenshots/ui-graph.png")).exists();
    }
}
