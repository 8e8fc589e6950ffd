package dev.assetflow.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.RunStatus;
import dev.assetflow.runtime.reliability.Item;
import dev.assetflow.runtime.reliability.Pipelines;
import dev.assetflow.runtime.reliability.RunLeaseContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run leases in a DuckDB file. DuckDB lets one writer in at a time: a data write holds the file's write lock for
 * its whole transaction, and the lease renewal must not wait behind it.
 */
class DuckDbRunLeaseTest extends RunLeaseContract {

    @TempDir
    Path directory;

    @Override
    protected String url(String storage) {
        return "jdbc:duckdb:" + directory.resolve(storage + ".duckdb");
    }

    @Override
    protected boolean readableWhileAnotherProcessWrites() {
        return false;
    }

    private <T> T withConnection(String storage, SqlWork<T> work) throws Exception {
        DuckDbDatabase database = DuckDbDatabase.acquire(url(storage));
        try (Connection connection = database.connect()) {
            return work.run(connection);
        } finally {
            database.release();
        }
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }

    @Override
    protected Map<String, String> firstRow(String storage, String sql) throws Exception {
        return withConnection(storage, connection -> firstRow(connection, sql));
    }

    @Override
    protected void createHistoryWithoutLease(String storage) throws Exception {
        withConnection(storage, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table assetflow_runs (run_id varchar(64) not null, started_at timestamp,"
                        + " finished_at timestamp, status varchar(16) not null, selection text,"
                        + " partition_key varchar(200), materialized integer, failed integer, skipped integer,"
                        + " \"rows\" bigint)");
                statement.execute("insert into assetflow_runs values ('old-running', timestamp '2026-01-05 08:00:00',"
                        + " null, 'RUNNING', '*', null, 0, 0, 0, 0), ('old-done', timestamp '2026-01-05 08:00:00',"
                        + " timestamp '2026-01-05 08:01:00', 'SUCCEEDED', '*', null, 1, 0, 0, 3)");
            }
            return null;
        });
    }

    @Test
    void aLiveRunWhoseWriteHoldsTheWriteLockLongerThanItsLeaseNeverReadsAbandoned() throws Exception {
        String url = url("blocked");
        CountDownLatch writing = new CountDownLatch(1);
        // 40 rows, 100 ms apart: the write holds the file's write lock for 4 s, four leases of 1 s.
        AssetGraph graph = AssetGraph.of(List.of(Pipelines.items("slow_items", () -> LongStream.range(0, 40)
                .mapToObj(i -> {
                    writing.countDown();
                    sleep(100);
                    return Item.of(i, "item " + i);
                }))));
        DuckDbDatabase database = DuckDbDatabase.acquire(url);
        try (Materializer materializer = Materializer.builder(graph).url(url).runLease(Duration.ofSeconds(1))
                .build()) {
            CompletableFuture<MaterializeResult> run = CompletableFuture.supplyAsync(materializer::materializeAll);
            assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
            List<RunStatus> seen = new ArrayList<>();
            RunRecord first = materializer.runs(1).get(0);
            RunRecord last = first;
            boolean lockHeldThroughout = true;
            long end = System.nanoTime() + Duration.ofMillis(3000).toNanos();
            while (System.nanoTime() < end) {
                lockHeldThroughout &= database.writeLock().isLocked();
                last = materializer.runs(1).get(0);
                seen.add(last.status());
                sleep(50);
            }
            lockHeldThroughout &= database.writeLock().isLocked();
            MaterializeResult result = run.get(60, TimeUnit.SECONDS);

            assertThat(lockHeldThroughout).as("the data write held the write lock while the run was read").isTrue();
            assertThat(seen).as("read every 50 ms for 3 leases").isNotEmpty().containsOnly(RunStatus.RUNNING);
            assertThat(last.aliveUntil()).as("renewed while the write held the lock")
                    .isAfter(first.aliveUntil().plusMillis(1500));
            assertThat(result.isSuccess()).as("the write committed").isTrue();
            assertThat(materializer.runs(1).get(0).status()).isEqualTo(RunStatus.SUCCEEDED);
        } finally {
            database.release();
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
