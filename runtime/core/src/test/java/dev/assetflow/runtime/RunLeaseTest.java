package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.io.InMemoryIOManager;
import dev.assetflow.runtime.reliability.Item;
import dev.assetflow.runtime.reliability.Pipelines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run's lease: renewed while the run goes, so that a live run reads RUNNING however long it takes, and a run
 * whose process stopped renewing it reads ABANDONED once it ran out.
 */
class RunLeaseTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private static RunRecord running(String id, Instant aliveUntil) {
        return new RunRecord(id, T0, null, RunStatus.RUNNING, "*", null, 0, 0, 0, 0, aliveUntil);
    }

    /** One asset that signals when it started and then waits for {@code release}. */
    private static AssetGraph blocking(CountDownLatch started, CountDownLatch release) {
        return AssetGraph.of(List.of(Pipelines.items("slow_items", () -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Stream.of(Item.of(1, "one"));
        })));
    }

    @Test
    void aRunningRunWhoseLeaseRanOutReadsAbandoned() {
        RunRecord read = running("r1", T0.plusSeconds(60)).readAt(T0.plusSeconds(61));

        assertThat(read.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(read.aliveUntil()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aRunningRunWithinItsLeaseReadsRunning() {
        assertThat(running("r1", T0.plusSeconds(60)).readAt(T0.plusSeconds(59)).status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void aFinishedRunReadsItsStatusWhateverTheTime() {
        RunRecord failed = new RunRecord("r1", T0, T0.plusSeconds(5), RunStatus.FAILED, "*", null, 0, 1, 0, 0);

        assertThat(failed.readAt(T0.plusSeconds(3600))).isEqualTo(failed);
    }

    @Test
    void theInMemoryHistoryReadsARunWhoseLeaseRanOutAsAbandoned() {
        InMemoryRunHistory history = new InMemoryRunHistory();
        history.recordRun(running("gone", Instant.now().minusSeconds(1)));
        history.recordRun(running("alive", Instant.now().plusSeconds(60)));

        assertThat(history.runs(10)).extracting(RunRecord::runId, RunRecord::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("gone", RunStatus.ABANDONED),
                org.assertj.core.groups.Tuple.tuple("alive", RunStatus.RUNNING));
    }

    @Test
    void aLiveRunLongerThanSeveralLeasesReadsRunningWithItsLeaseRenewedThenSucceeded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryRunHistory history = new InMemoryRunHistory();
        try (Materializer materializer = Materializer.builder(blocking(started, release))
                .ioManager(Materializer.DEFAULT_IO, new InMemoryIOManager()).runHistory(history)
                .runLease(Duration.ofSeconds(1)).build()) {
            AtomicReference<MaterializeResult> result = new AtomicReference<>();
            Thread run = new Thread(() -> result.set(materializer.materializeAll()));
            run.start();
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            Instant firstLease = history.runs(1).get(0).aliveUntil();
            List<RunStatus> seen = new ArrayList<>();
            long end = System.nanoTime() + Duration.ofMillis(3500).toNanos();
            while (System.nanoTime() < end) {
                seen.add(history.runs(1).get(0).status());
                Thread.sleep(50);
            }
            RunRecord during = history.runs(1).get(0);
            release.countDown();
            run.join(30_000);

            assertThat(seen).as("read every 50 ms over 3.5 leases").isNotEmpty().containsOnly(RunStatus.RUNNING);
            assertThat(during.aliveUntil()).as("renewed").isAfter(firstLease.plusSeconds(2));
            RunRecord finished = history.runs(1).get(0);
            assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(finished.aliveUntil()).as("a finished run has no lease").isNull();
            assertThat(result.get().isSuccess()).isTrue();
        }
    }

    @Test
    void aRenewalThatFailsIsLoggedAtWarnAndTheRunSucceeds() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryRunHistory kept = new InMemoryRunHistory();
        RunHistory refusingRenewals = new DelegatingRunHistory(kept) {
            @Override
            public void renewLease(String runId, Instant aliveUntil) {
                throw new AssetflowException("the history database is unreachable");
            }
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        MaterializeResult result;
        try (Materializer materializer = Materializer.builder(blocking(started, release))
                .ioManager(Materializer.DEFAULT_IO, new InMemoryIOManager()).runHistory(refusingRenewals)
                .runLease(Duration.ofSeconds(1)).build()) {
            AtomicReference<MaterializeResult> outcome = new AtomicReference<>();
            Thread run = new Thread(() -> outcome.set(materializer.materializeAll()));
            run.start();
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(700);
            release.countDown();
            run.join(30_000);
            result = outcome.get();
        } finally {
            System.setErr(stderr);
        }

        assertThat(result.isSuccess()).isTrue();
        assertThat(kept.runs(1).get(0).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("WARN").contains("could not renew the lease of run "
                + result.runId()).contains("the history database is unreachable").contains("The run goes on");
    }

    @Test
    void aRunInterruptedMidwayIsRecordedFailedNotLeftRunning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryRunHistory history = new InMemoryRunHistory();
        try (Materializer materializer = Materializer.builder(blocking(started, release))
                .ioManager(Materializer.DEFAULT_IO, new InMemoryIOManager()).runHistory(history).build()) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread run = new Thread(() -> {
                try {
                    materializer.materializeAll();
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            run.start();
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            run.interrupt();
            run.join(30_000);
            release.countDown();

            assertThat(thrown.get()).hasMessageContaining("interrupted while materializing");
            RunRecord recorded = history.runs(1).get(0);
            assertThat(recorded.status()).isEqualTo(RunStatus.FAILED);
            assertThat(recorded.finishedAt()).isNotNull();
        }
    }

    @Test
    void aLeaseShorterThanASecondIsRefused() {
        assertThatThrownBy(() -> Materializer.builder(AssetGraph.of(List.of())).runLease(Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the run lease must be at least 1 second, was PT0.5S");
    }
}
