package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryTest {

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:duckdb:" + directory.resolve("w.duckdb");
    }

    /** An asset whose first {@code failures} attempts write 500 rows and then throw half-way. */
    private static AssetDefinition<Sale> flaky(AtomicInteger attempts, int failures, int retryAttempts) {
        return AssetDefinition.builder("flaky", Sale.ROW_TYPE).retry(retryAttempts, 10, 2.0)
                .computation(in -> {
                    int attempt = attempts.incrementAndGet();
                    assertThat(in.context().attempt()).isEqualTo(attempt);
                    return LongStream.rangeClosed(1, 1000).mapToObj(i -> {
                        if (attempt <= failures && i == 500) {
                            throw new IllegalStateException("connection reset on attempt " + attempt);
                        }
                        return new Sale(i, "attempt" + attempt, 1.0, SalesGraph.DAY);
                    });
                }).build();
    }

    @Test
    void aFlakyAssetSucceedsOnALaterAttemptAndLeavesOnlyThatAttemptsRows() {
        AtomicInteger attempts = new AtomicInteger();
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(flaky(attempts, 2, 3))))
                .url(url()).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(attempts.get()).isEqualTo(3);
            assertThat(result.asset("flaky").orElseThrow().attempts()).isEqualTo(3);
            List<Sale> rows = materializer.load(AssetKey.<Sale>of("flaky"));
            assertThat(rows).hasSize(1000).allMatch(s -> s.owner().equals("attempt3"));
            MaterializationRecord record = materializer.history("flaky").get(0);
            assertThat(record.attempts()).isEqualTo(3);
            assertThat(record.status()).isEqualTo(AssetStatus.MATERIALIZED);
        }
    }

    @Test
    void whenEveryAttemptFailsThePreviousRowsStayAndTheAttemptsAreRecorded() {
        AtomicInteger attempts = new AtomicInteger();
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(flaky(attempts, 0, 1))))
                .url(url()).build()) {
            materializer.materializeAll();
        }
        AtomicInteger failing = new AtomicInteger();
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(flaky(failing, 9, 3))))
                .url(url()).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                    .hasMessageContaining("connection reset on attempt 3");

            assertThat(failing.get()).isEqualTo(3);
            assertThat(materializer.load(AssetKey.<Sale>of("flaky"))).hasSize(1000)
                    .allMatch(s -> s.owner().equals("attempt1"));
            MaterializationRecord record = materializer.history("flaky").get(0);
            assertThat(record.status()).isEqualTo(AssetStatus.FAILED);
            assertThat(record.attempts()).isEqualTo(3);
            assertThat(record.error()).contains("connection reset on attempt 3");
        }
    }

    @Test
    void theDelayGrowsByTheBackoff() {
        RetryPolicy policy = new RetryPolicy(4, 100, 3.0);
        assertThat(policy.delayBefore(2)).isEqualTo(100);
        assertThat(policy.delayBefore(3)).isEqualTo(300);
        assertThat(policy.delayBefore(4)).isEqualTo(900);
        assertThatThrownBy(() -> new RetryPolicy(0, 1, 1)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new RetryPolicy(2, 1, 0.5)).hasMessageContaining("backoff must be at least 1.0");
    }
}
