package dev.assetflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.RunStatus;
import dev.assetflow.runtime.reliability.Item;
import dev.assetflow.runtime.reliability.Pipelines;
import dev.assetflow.runtime.reliability.RunLeaseContract;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Run leases in a real PostgreSQL server; each storage is a schema of its own. */
class PostgresRunLeaseTest extends RunLeaseContract {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    private static final Set<String> SCHEMAS = new LinkedHashSet<>();

    @AfterAll
    static void dropSchemas() throws Exception {
        for (String schema : SCHEMAS) {
            DATABASE.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }

    private static String schema(String storage) {
        return DATABASE.schema() + "_" + storage;
    }

    @Override
    protected String url(String storage) {
        String schema = schema(storage);
        if (SCHEMAS.add(schema)) {
            try {
                DATABASE.execute("CREATE SCHEMA \"" + schema + "\"");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return DATABASE.url() + (DATABASE.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    protected boolean readableWhileAnotherProcessWrites() {
        return true;
    }

    @Override
    protected Map<String, String> firstRow(String storage, String sql) throws Exception {
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO \"" + schema(storage) + "\"");
            return firstRow(connection, sql);
        }
    }

    @Override
    protected void createHistoryWithoutLease(String storage) throws Exception {
        url(storage);
        String table = "\"" + schema(storage) + "\".assetflow_runs";
        DATABASE.execute("create table " + table + " (run_id varchar(64) not null, started_at timestamp,"
                + " finished_at timestamp, status varchar(16) not null, selection text, partition_key varchar(200),"
                + " materialized integer, failed integer, skipped integer, \"rows\" bigint)");
        DATABASE.execute("insert into " + table + " values ('old-running', timestamp '2026-01-05 08:00:00', null,"
                + " 'RUNNING', '*', null, 0, 0, 0, 0), ('old-done', timestamp '2026-01-05 08:00:00',"
                + " timestamp '2026-01-05 08:01:00', 'SUCCEEDED', '*', null, 1, 0, 0, 3)");
    }

    @Test
    void aLiveRunWhoseCopyOutlastsItsLeaseNeverReadsAbandoned() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        // 40 rows, 100 ms apart: the COPY's transaction stays open for 4 s, four leases of 1 s.
        AssetGraph graph = AssetGraph.of(List.of(Pipelines.items("slow_items", () -> LongStream.range(0, 40)
                .mapToObj(i -> {
                    writing.countDown();
                    sleep(100);
                    return Item.of(i, "item " + i);
                }))));
        try (Materializer materializer = Materializer.builder(graph).url(url("blocked"))
                .runLease(Duration.ofSeconds(1)).build()) {
            CompletableFuture<MaterializeResult> run = CompletableFuture.supplyAsync(materializer::materializeAll);
            assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
            List<RunStatus> seen = new ArrayList<>();
            RunRecord first = materializer.runs(1).get(0);
            RunRecord last = first;
            long end = System.nanoTime() + Duration.ofMillis(3000).toNanos();
            while (System.nanoTime() < end) {
                last = materializer.runs(1).get(0);
                seen.add(last.status());
                sleep(50);
            }
            MaterializeResult result = run.get(60, TimeUnit.SECONDS);

            assertThat(seen).as("read every 50 ms for 3 leases").isNotEmpty().containsOnly(RunStatus.RUNNING);
            assertThat(last.aliveUntil()).as("renewed during the COPY").isAfter(first.aliveUntil().plusMillis(1500));
            assertThat(result.isSuccess()).isTrue();
            assertThat(materializer.runs(1).get(0).status()).isEqualTo(RunStatus.SUCCEEDED);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
