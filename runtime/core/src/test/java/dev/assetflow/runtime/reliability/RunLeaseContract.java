package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.RunStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run's lease in a database's run history: a run whose process was killed reads RUNNING until its lease runs
 * out and ABANDONED after, without anything written on read; a history table created before runs had a lease is
 * read, and migrated by the first run. Each backend extends this.
 */
public abstract class RunLeaseContract {

    /**
     * The lease the killed child runs with: renewed every 5 s, so at least 15 s are left when it dies. Long enough
     * that a child starved by a loaded machine (a renewal's first Snowflake login took seconds in CI) is not read
     * ABANDONED while it lives: a 6 s lease was, once.
     */
    protected static final Duration CHILD_LEASE = Duration.ofSeconds(20);
    /** When the unfinished run of a history from before runs had a lease started. */
    protected static final Instant OLD_START = Instant.parse("2026-01-05T08:00:00Z");

    /** The storage URL of a fresh storage named {@code storage} (the same name gives the same storage). */
    protected abstract String url(String storage);

    /**
     * The first row of {@code sql}, run in {@code storage}'s default schema: each column's value as text, by its
     * name in lower case.
     */
    protected abstract java.util.Map<String, String> firstRow(String storage, String sql) throws Exception;

    /**
     * Creates {@code assetflow_runs} in {@code storage} as the previous version created it (without
     * {@code alive_until}), holding run {@code old-running}, started at {@link #OLD_START} and never finished, and
     * run {@code old-done}, started then too, succeeded a minute later.
     */
    protected abstract void createHistoryWithoutLease(String storage) throws Exception;

    /** The first row of {@code sql} on {@code connection}, as {@link #firstRow(String, String)} gives it. */
    protected static java.util.Map<String, String> firstRow(java.sql.Connection connection, String sql)
            throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row of " + sql).isTrue();
            java.util.Map<String, String> row = new java.util.HashMap<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rows.getString(i));
            }
            return row;
        }
    }

    /** Configures {@code builder} to store into {@code storage}; by default with its {@link #url(String)}. */
    protected Materializer.Builder withStorage(Materializer.Builder builder, String storage) {
        return builder.url(url(storage));
    }

    /** The environment variables the child needs besides the URL (e.g. credentials). */
    protected java.util.Map<String, String> childEnvironment() {
        return java.util.Map.of();
    }

    /** Whether another process can read the storage while the child writes it (not so for a DuckDB file). */
    protected abstract boolean readableWhileAnotherProcessWrites();

    /** The run of the child, which is killed once its asset has started. */
    private String startChild(String storage, Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(120, TimeUnit.SECONDS);
        assertThat(line).as("the child's first line").startsWith("started ");
        return line.substring("started ".length());
    }

    private Materializer reader(String storage) {
        return withStorage(Materializer.builder(LeasedRunMain.graph()), storage).build();
    }

    @Test
    public void aKilledRunReadsRunningUntilItsLeaseRunsOutThenAbandoned() throws Exception {
        String storage = "killed";
        String url = url(storage);
        ProcessBuilder builder = ChildJvm.of(LeasedRunMain.class, List.of(), url,
                String.valueOf(CHILD_LEASE.toMillis()))
                .redirectError(ProcessBuilder.Redirect.appendTo(new java.io.File("target/leased-run-child.log")));
        builder.environment().putAll(childEnvironment());
        Process child = builder.start();
        String runId;
        Instant killed;
        try {
            runId = startChild(storage, child);
            if (readableWhileAnotherProcessWrites()) {
                try (Materializer materializer = reader(storage)) {
                    assertThat(materializer.runHistory().run(runId).orElseThrow().status())
                            .as("while its process lives").isEqualTo(RunStatus.RUNNING);
                }
            }
        } finally {
            killed = Instant.now();
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (Materializer materializer = reader(storage)) {
            RunRecord justKilled = materializer.runHistory().run(runId).orElseThrow();
            Instant readAt = Instant.now();
            assertThat(justKilled.aliveUntil()).as("the lease outlives the kill").isAfter(killed);
            assertThat(readAt).as("read before the lease ran out").isBefore(justKilled.aliveUntil());
            assertThat(justKilled.status()).as("within its lease").isEqualTo(RunStatus.RUNNING);

            RunRecord later = justKilled;
            long deadline = System.nanoTime() + CHILD_LEASE.plusSeconds(30).toNanos();
            while (later.status() == RunStatus.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(200);
                later = materializer.runHistory().run(runId).orElseThrow();
            }
            assertThat(later.status()).as("once its lease ran out").isEqualTo(RunStatus.ABANDONED);
            assertThat(Instant.now()).isAfter(later.aliveUntil());
            assertThat(later.aliveUntil()).isEqualTo(justKilled.aliveUntil());
            assertThat(later.finishedAt()).isNull();
            assertThat(materializer.runs(10)).extracting(RunRecord::runId, RunRecord::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(runId, RunStatus.ABANDONED));
        }
        assertThat(firstRow(storage, "select status from assetflow_runs where run_id = '" + runId + "'"))
                .as("reading wrote nothing").containsEntry("status", "RUNNING");
    }

    @Test
    public void aHistoryFromBeforeLeasesReadsItsUnfinishedRunAsAbandonedWithoutChangingTheTable() throws Exception {
        String storage = "old_read";
        createHistoryWithoutLease(storage);

        try (Materializer materializer = reader(storage)) {
            assertThat(materializer.runs(10)).extracting(RunRecord::runId, RunRecord::status, RunRecord::aliveUntil)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("old-running", RunStatus.ABANDONED,
                                    OLD_START.plus(Materializer.DEFAULT_RUN_LEASE)),
                            org.assertj.core.groups.Tuple.tuple("old-done", RunStatus.SUCCEEDED, null));
        }
        assertThat(firstRow(storage, "select * from assetflow_runs where run_id = 'old-running'"))
                .as("reading changes nothing").containsEntry("status", "RUNNING").doesNotContainKey("alive_until");
    }

    @Test
    public void theFirstRunAddsTheLeaseColumnToAHistoryFromBeforeLeasesAndItsRunsStillRead() throws Exception {
        String storage = "old_migrated";
        createHistoryWithoutLease(storage);
        AssetGraph graph = Pipelines.itemsAndCount(() -> Item.range(0, 3, "item-"));

        try (Materializer materializer = withStorage(Materializer.builder(graph), storage).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.isSuccess()).isTrue();
            assertThat(materializer.runs(10)).extracting(RunRecord::runId, RunRecord::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(result.runId(), RunStatus.SUCCEEDED),
                    org.assertj.core.groups.Tuple.tuple("old-running", RunStatus.ABANDONED),
                    org.assertj.core.groups.Tuple.tuple("old-done", RunStatus.SUCCEEDED));
        }
        assertThat(firstRow(storage, "select * from assetflow_runs where run_id = 'old-running'"))
                .containsEntry("alive_until", null).containsEntry("status", "RUNNING");
    }
}
