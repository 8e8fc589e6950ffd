package dev.assetflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.Staleness;
import dev.assetflow.runtime.cli.PipelineCli;
import dev.assetflow.ui.demo.DemoAssets;
import dev.assetflow.ui.demo.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The UI's pages and JSON API against a real DuckDB file, with the generated demo pipeline. */
class UiHttpTest {

    @TempDir
    Path directory;

    private UiFixture fixture;

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
        fixture.close();
    }

    private Map<String, String> statuses() {
        Map<String, String> statuses = new java.util.LinkedHashMap<>();
        for (JsonNode asset : fixture.json("/api/graph").get("assets")) {
            statuses.put(asset.get("key").asText(), asset.get("status").asText());
        }
        return statuses;
    }

    private JsonNode asset(String key) {
        for (JsonNode asset : fixture.json("/api/graph").get("assets")) {
            if (asset.get("key").asText().equals(key)) {
                return asset;
            }
        }
        throw new AssertionError("no asset " + key);
    }

    /** What the command line prints for {@code args} against the same storage. */
    private String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = PipelineCli.commandLine(Pipeline.graph(), builder -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", fixture.url));
        commandLine.execute(all.toArray(String[]::new));
        return out.toString();
    }

    @Test
    void theRunApiSaysAbandonedWithTheEndOfTheLease() {
        java.time.Instant started = java.time.Instant.parse("2026-01-05T08:00:00Z");
        try (dev.assetflow.duckdb.DuckDbIOManager io = dev.assetflow.duckdb.DuckDbIOManager.fromUrl(fixture.url)) {
            io.runHistory().recordRun(new RunRecord("killed-run-1", started, null, dev.assetflow.runtime.RunStatus.RUNNING,
                    "raw_orders", null, 0, 0, 0, 0, started.plusSeconds(60)));
        }

        JsonNode run = fixture.json("/api/runs/killed-run-1").get("run");

        assertThat(run.get("status").asText()).isEqualTo("ABANDONED");
        assertThat(run.get("aliveUntil").asText()).isEqualTo("2026-01-05T08:01:00Z");
        assertThat(run.get("finishedAt").isNull()).isTrue();
    }

    @Test
    void theGraphIsColouredByStatusWithTheSameStalenessAsTheCommandLine() {
        assertThat(statuses()).containsExactly(Map.entry("raw_orders", "never"), Map.entry("fx_rates", "source"),
                Map.entry("euro_orders", "never"), Map.entry("daily_revenue", "never"),
                Map.entry("region_totals", "never"));

        JsonNode all = fixture.launchAndWait(Map.of("kind", "selection"));
        assertThat(all.get("state").asText()).as(all.toString()).isEqualTo("SUCCEEDED");
        assertThat(statuses()).containsEntry("raw_orders", "materialized").containsEntry("euro_orders", "materialized")
                .containsEntry("region_totals", "materialized").containsEntry("fx_rates", "source")
                // materialized whole: the whole-table write counts for every partition
                .containsEntry("daily_revenue", "materialized");
        assertThat(asset("daily_revenue").get("reason").asText()).isEqualTo("up to date (all 7 partitions)");
        assertThat(asset("daily_revenue").get("partitionCount").asInt()).isEqualTo(7);

        DemoAssets.failTotals = true;
        fixture.launchAndWait(Map.of("kind", "selection", "select", "raw_orders region_totals"));
        assertThat(statuses()).containsEntry("region_totals", "failed").containsEntry("euro_orders", "stale");
        assertThat(asset("region_totals").get("reason").asText())
                .isEqualTo("IllegalStateException: region_totals was told to fail");

        try (Materializer materializer = Materializer.builder(Pipeline.graph()).url(fixture.url).build()) {
            Staleness cli = materializer.staleness().stream().filter(s -> s.asset().equals("euro_orders")).findFirst()
                    .orElseThrow();
            assertThat(asset("euro_orders").get("reason").asText()).isEqualTo(cli.reason()).startsWith("upstream raw_orders");
        }

        HttpResponse<String> page = fixture.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.body()).contains("<svg class=\"graph\"", "group ingest", "group reporting")
                .containsPattern("<a href=\"/assets/region_totals\" class=\"node status-failed\"")
                .containsPattern("<a href=\"/assets/daily_revenue\" class=\"node status-materialized\"")
                .containsPattern("<a href=\"/assets/fx_rates\" class=\"node status-source\"")
                .contains("▦ daily 2024-01-01..2024-01-07")
                .contains("data-from=\"raw_orders\" data-to=\"euro_orders\"");
    }

    @Test
    void anAssetHasColumnsHistoryChecksPartitionsAndItsFirstRows() {
        fixture.launchAndWait(Map.of("kind", "selection", "select", "raw_orders euro_orders"));
        fixture.launchAndWait(Map.of("kind", "partition", "select", "daily_revenue", "partition", "2024-01-03"));

        JsonNode raw = fixture.json("/api/assets/raw_orders");
        assertThat(raw.get("method").asText()).isEqualTo("dev.assetflow.ui.demo.DemoAssets#rawOrders");
        assertThat(raw.get("asset").get("description").asText()).isEqualTo("Orders as delivered by the shop, coupons often missing");
        assertThat(raw.get("codeVersion").asText()).isEqualTo(Pipeline.graph().require("raw_orders").codeVersion()).isNotEmpty();
        assertThat(StreamSupport.stream(raw.get("columns").spliterator(), false)
                .map(c -> c.get("name").asText() + " " + c.get("type").asText() + " " + c.get("nullable").asBoolean()))
                .containsExactly("id BIGINT false", "region VARCHAR false", "currency VARCHAR false",
                        "amount DOUBLE false", "coupon VARCHAR true", "day DATE false");
        JsonNode last = raw.get("asset").get("last");
        assertThat(last.get("rows").asLong()).isEqualTo(120);
        assertThat(last.get("status").asText()).isEqualTo("MATERIALIZED");
        assertThat(raw.get("history")).hasSize(1);
        JsonNode preview = raw.get("preview");
        assertThat(preview.get("rows")).hasSize(Board.PREVIEW_ROWS);
        assertThat(preview.get("rows").get(0).toString()).isEqualTo("[\"1\",\"us\",\"USD\",\"17.0\",null,\"2024-01-02\"]");
        assertThat(preview.get("rows").get(3).get(4).asText()).isEqualTo("WINTER4");
        assertThat(fixture.json("/api/assets/raw_orders/preview?limit=2").get("rows")).hasSize(2);

        JsonNode euro = fixture.json("/api/assets/euro_orders");
        JsonNode check = euro.get("checks").get(0);
        assertThat(check.get("name").asText()).isEqualTo("positive_amounts");
        assertThat(check.get("blocking").asBoolean()).isTrue();
        assertThat(check.get("last").get("status").asText()).isEqualTo("PASSED");
        assertThat(check.get("last").get("description").asText()).isEqualTo("all 120 amounts positive");
        assertThat(check.get("last").get("metadata").asText()).isEqualTo("rows=120, not_positive=0");

        JsonNode daily = fixture.json("/api/assets/daily_revenue");
        assertThat(StreamSupport.stream(daily.get("partitions").spliterator(), false)
                .map(p -> p.get("key").asText() + "=" + p.get("status").asText()))
                .containsExactly("2024-01-01=never", "2024-01-02=never", "2024-01-03=materialized", "2024-01-04=never",
                        "2024-01-05=never", "2024-01-06=never", "2024-01-07=never");

        JsonNode never = fixture.json("/api/assets/region_totals");
        assertThat(never.get("asset").get("status").asText()).isEqualTo("never");
        assertThat(never.get("preview").get("error").asText()).contains("region_totals");

        String page = fixture.get("/assets/raw_orders").body();
        assertThat(page).contains("<h2>Columns</h2>", "<code>coupon</code></td><td>VARCHAR</td><td>yes</td>",
                "id=\"history-chart\"", "<td>WINTER4</td>", "<td class=\"null\">NULL</td>", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        assertThat(fixture.get("/assets/daily_revenue").body()).contains("class=\"partition-grid\"",
                "class=\"cell status-materialized\" data-partition=\"2024-01-03\"");
        assertThat(fixture.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void runsLaunchedFromTheUiAreInTheCommandLinesHistory() {
        JsonNode launch = fixture.launchAndWait(Map.of("kind", "selection", "select", "raw_orders"));
        assertThat(launch.get("state").asText()).isEqualTo("SUCCEEDED");
        JsonNode progress = launch.get("assets").get(0);
        assertThat(progress.get("asset").asText()).isEqualTo("raw_orders");
        assertThat(progress.get("status").asText()).isEqualTo("MATERIALIZED");
        assertThat(progress.get("rows").asLong()).isEqualTo(120);
        String runId = launch.get("runs").get(0).asText();

        assertThat(cli("history")).contains(runId.substring(0, 8)).containsPattern("raw_orders\\s+MATERIALIZED\\s+120");
        try (Materializer materializer = Materializer.builder(Pipeline.graph()).url(fixture.url).build()) {
            assertThat(StreamSupport.stream(fixture.json("/api/runs").spliterator(), false).map(r -> r.get("runId").asText()))
                    .containsExactlyElementsOf(materializer.runs(100).stream().map(RunRecord::runId).toList());
        }

        JsonNode run = fixture.json("/api/runs/" + runId);
        assertThat(run.get("run").get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.get("assets").get(0).get("asset").asText()).isEqualTo("raw_orders");
        assertThat(run.get("launch").asText()).isEqualTo(launch.get("id").asText());
        assertThat(fixture.get("/runs").body()).contains("data-run=\"" + runId + "\"");
        assertThat(fixture.get("/runs/" + runId).body()).contains("<code>" + runId + "</code>");
    }

    @Test
    void partitionsBackfillsAndStaleFromTheUi() {
        // everything but the partitioned daily_revenue, whose partitions the backfill then writes
        fixture.launchAndWait(Map.of("kind", "selection", "select", "raw_orders euro_orders region_totals"));
        JsonNode backfill = fixture.launchAndWait(Map.of("kind", "backfill", "select", "daily_revenue", "from",
                "2024-01-02", "to", "2024-01-04"));
        assertThat(backfill.get("state").asText()).as(backfill.toString()).isEqualTo("SUCCEEDED");
        assertThat(backfill.get("runs")).hasSize(3);
        assertThat(StreamSupport.stream(backfill.get("assets").spliterator(), false).map(p -> p.get("partition").asText()))
                .containsExactlyInAnyOrder("2024-01-02", "2024-01-03", "2024-01-04");

        JsonNode stale = fixture.launchAndWait(Map.of("kind", "stale"));
        assertThat(stale.get("message").asText()).isEqualTo("nothing to materialize: every unpartitioned asset is up to date");

        HttpResponse<String> badPartition = fixture.post("/launch", Map.of("csrf", fixture.csrf(), "kind", "partition",
                "select", "daily_revenue", "partition", "2024-02-30"));
        assertThat(badPartition.statusCode()).isEqualTo(400);
        assertThat(badPartition.body()).contains("unknown partition").doesNotContain("at dev.assetflow");

        HttpResponse<String> typo = fixture.post("/api/launches", Map.of("csrf", fixture.csrf(), "select", "raw_order"));
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(UiFixture.parse(typo.body()).get("error").asText())
                .contains("no asset named 'raw_order' (did you mean 'raw_orders'?)");
    }

    @Test
    void badAddressesGetReadablePages() {
        HttpResponse<String> asset = fixture.get("/assets/raw_order");
        assertThat(asset.statusCode()).isEqualTo(404);
        assertThat(asset.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(asset.body()).contains("<h1>Not found</h1>", "no asset named &#39;raw_order&#39; (did you mean"
                + " &#39;raw_orders&#39;?)").doesNotContain("Exception", "\tat ");
        assertThat(fixture.get("/nowhere").body()).contains("there is no page at /nowhere");
        assertThat(fixture.get("/runs/nope").body()).contains("no run with id &#39;nope&#39;");
        HttpResponse<String> api = fixture.get("/api/assets/%3Cscript%3E");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(UiFixture.parse(api.body()).get("error").asText()).isEqualTo("no asset named '<script>'");
        assertThat(fixture.get("/assets/%3Cscript%3Ealert(1)%3C%2Fscript%3E").body()).doesNotContain("<script>alert");
        assertThat(fixture.get("/api/runs?limit=lots").statusCode()).isEqualTo(400);
        assertThat(fixture.get("/static/../ui.properties").statusCode()).isEqualTo(404);
    }

    @Test
    void noCrossSiteRequestStartsARun() throws Exception {
        String csrf = fixture.csrf();
        Map<String, String> launch = Map.of("kind", "selection", "select", "raw_orders");
        assertThat(fixture.post("/launch", launch).statusCode()).isEqualTo(403);
        assertThat(fixture.post("/launch", Map.of("kind", "selection", "csrf", "guessed")).body())
                .contains("does not carry this page&#39;s token");
        Map<String, String> withToken = Map.of("kind", "selection", "select", "raw_orders", "csrf", csrf);
        assertThat(fixture.post("/launch", withToken, "Origin", "http://evil.example").body())
                .contains("another origin (http://evil.example)");
        assertThat(fixture.post("/launch", withToken, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(fixture.get("/launch").statusCode()).isEqualTo(200);
        assertThat(fixture.json("/api/runs")).isEmpty();

        // DNS rebinding: a page of another name that resolves to 127.0.0.1 is refused by its Host header.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", fixture.ui.address().getPort())) {
            socket.getOutputStream().write(("GET /api/graph HTTP/1.1\r\nHost: evil.example:" + fixture.ui.address()
                    .getPort() + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("answers only requests addressed to 127.0.0.1");
        }
        HttpResponse<String> ok = fixture.post("/launch", withToken, "Origin", "http://127.0.0.1:"
                + fixture.ui.address().getPort(), "Sec-Fetch-Site", "same-origin");
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).startsWith("/launches/");
        assertThat(ok.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void manyRequestsAreAnsweredWhileARunIsInProgress() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        DemoAssets.gate = gate;
        HttpResponse<String> started = fixture.post("/api/launches", Map.of("csrf", fixture.csrf(), "select", "raw_orders+"));
        assertThat(started.statusCode()).isEqualTo(201);
        String id = UiFixture.parse(started.body()).get("id").asText();
        assertThat(statuses()).containsEntry("raw_orders", "running");

        ExecutorService tabs = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            long begin = System.nanoTime();
            for (int i = 0; i < 40; i++) {
                String path = List.of("/", "/assets/raw_orders", "/runs", "/api/graph", "/launches/" + id).get(i % 5);
                answers.add(tabs.submit(() -> fixture.get(path).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(gate.getCount()).as("the run is still waiting").isEqualTo(1);
            assertThat((System.nanoTime() - begin) / 1e9).isLessThan(20);
        } finally {
            tabs.shutdownNow();
            gate.countDown();
        }
        JsonNode done = fixture.waitFor(id);
        assertThat(done.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.get("assets")).hasSize(4);
    }

    @Test
    void readsUseTheSameAnswersAsTheCommandLine() {
        fixture.launchAndWait(Map.of("kind", "selection", "select", "raw_orders"));
        assertThat(cli("list")).containsPattern("raw_orders\\s+ingest\\s+MATERIALIZED")
                .containsPattern("euro_orders\\s+reporting\\s+raw_orders,fx_rates\\s+never");
        assertThat(cli("show", "raw_orders", "--rows", "1")).contains("first 1 row:").containsPattern("1\\s+us\\s+USD\\s+17.0\\s+NULL\\s+2024-01-02");
    }
}
