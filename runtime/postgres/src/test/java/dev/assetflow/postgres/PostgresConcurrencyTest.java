package dev.assetflow.postgres;


import static dev.assetflow.testing.ContractRows.SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.ContractRows.Sale;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What other sessions see while a write runs, and what happens when two writers meet. */
@Timeout(120)
class PostgresConcurrencyTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    private static PostgresIOManager io;

    @BeforeAll
    static void open() {
        io = DATABASE.ioManager();
    }

    @AfterAll
    static void close() {
        if (io != null) {
            io.close();
        }
    }

    private static TableSlice slice(String table) {
        return new TableSlice(table, null, table);
    }

    private static List<Sale> sales(int first, int count) {
        return PostgresIOManagerTest.sales(first, count);
    }

    private static List<Sale> read(String table) {
        try (Stream<Sale> rows = io.read(slice(table), SALE)) {
            return rows.toList();
        }
    }

    /** Counts rows through a separate plain JDBC connection, as another program would. */
    private static long countElsewhere(String table) {
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT count(*) FROM \"" + DATABASE.schema() + "\".\"" + table + "\"")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStreamThatThrowsMidWriteLeavesTheOldRowsVisibleThroughout() {
        io.write(slice("throws"), SALE, sales(0, 3).stream());
        long[] seenDuringWrite = new long[1];

        Stream<Sale> failing = IntStream.range(100, 200_000).mapToObj(i -> {
            if (i == 150_000) {
                seenDuringWrite[0] = countElsewhere("throws");
                throw new IllegalStateException("the asset failed at row k");
            }
            return new Sale(i, "new " + i, i, LocalDate.EPOCH);
        });
        assertThatThrownBy(() -> io.write(slice("throws"), SALE, failing))
                .hasMessageContaining("the asset failed at row k");

        assertThat(seenDuringWrite[0]).as("rows another session saw while the write ran").isEqualTo(3);
        assertThat(read("throws")).containsExactlyElementsOf(sales(0, 3));
    }

    @Test
    void readersSeeTheOldRowsUntilTheReplacementCommits() {
        io.write(slice("swap"), SALE, sales(0, 5).stream());
        long[] seenDuringWrite = new long[1];

        Stream<Sale> rows = IntStream.range(100, 110).mapToObj(i -> {
            if (i == 109) {
                seenDuringWrite[0] = countElsewhere("swap");
            }
            return new Sale(i, "new " + i, i, LocalDate.EPOCH);
        });
        io.write(slice("swap"), SALE, rows);

        assertThat(seenDuringWrite[0]).isEqualTo(5);
        assertThat(countElsewhere("swap")).isEqualTo(10);
    }

    @Test
    void aSecondWriterWaitsForTheFirstAndThenReplacesItsRows() throws Exception {
        io.write(slice("contended"), SALE, sales(0, 1).stream());
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        try (PostgresIOManager other = DATABASE.ioManager()) {
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() ->
                    io.write(slice("contended"), SALE, IntStream.range(10, 20).mapToObj(i -> {
                        if (i == 15) {
                            firstIsWriting.countDown();
                            await(releaseFirst);
                        }
                        return new Sale(i, "first", i, LocalDate.EPOCH);
                    })));
            assertThat(firstIsWriting.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() ->
                    other.write(slice("contended"), SALE, sales(100, 3).stream()));
            awaitWaitingAdvisoryLock(Duration.ofSeconds(30));
            assertThat(second).isNotDone();
            assertThat(countElsewhere("contended")).isEqualTo(1);

            releaseFirst.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(10);
            assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo(3);
        }
        assertThat(read("contended")).containsExactlyElementsOf(sales(100, 3));
    }

    @Test
    void concurrentWritersOfATableThatDoesNotExistYetBothSucceed() throws Exception {
        List<CompletableFuture<Long>> writers = IntStream.range(0, 4)
                .mapToObj(w -> CompletableFuture.supplyAsync(() ->
                        io.write(new TableSlice("fresh", DATABASE.schema() + "_fresh", "fresh"), SALE,
                                sales(w * 10, 5).stream())))
                .toList();
        try {
            for (CompletableFuture<Long> writer : writers) {
                assertThat(writer.get(60, TimeUnit.SECONDS)).isEqualTo(5);
            }
            try (Stream<Sale> rows = io.read(new TableSlice("fresh", DATABASE.schema() + "_fresh", "fresh"), SALE)) {
                List<Sale> stored = rows.toList();
                assertThat(stored).hasSize(5);
                assertThat(List.of(sales(0, 5), sales(10, 5), sales(20, 5), sales(30, 5))).contains(stored);
            }
        } finally {
            DATABASE.execute("DROP SCHEMA IF EXISTS \"" + DATABASE.schema() + "_fresh\" CASCADE");
        }
    }

    @Test
    void aWriterInAnotherProcessIsWaitedFor() throws Exception {
        io.write(slice("two_jvms"), SALE, sales(0, 1).stream());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PostgresWriterProcess.class.getName(), DATABASE.url(), DATABASE.schema(), "two_jvms", "child", "10")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("writing");

            CompletableFuture<Long> parent = CompletableFuture.supplyAsync(() ->
                    io.write(slice("two_jvms"), SALE, sales(100, 3).stream()));
            awaitWaitingAdvisoryLock(Duration.ofSeconds(30));
            assertThat(parent).isNotDone();

            child.getOutputStream().write('\n');
            child.getOutputStream().flush();
            assertThat(output.readLine()).isEqualTo("wrote 10");
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            assertThat(parent.get(60, TimeUnit.SECONDS)).isEqualTo(3);
        } finally {
            child.destroyForcibly();
        }
        assertThat(read("two_jvms")).containsExactlyElementsOf(sales(100, 3));
    }

    @Test
    void closingAReadEarlyReturnsItsConnection() {
        io.write(slice("early_close"), SALE, sales(0, 50_000).stream());

        try (PostgresIOManager small = PostgresIOManager.builder(DATABASE.url()).defaultSchema(DATABASE.schema())
                .poolSize(1).connectionTimeout(Duration.ofSeconds(5)).build()) {
            for (int i = 0; i < 3; i++) {
                try (Stream<Sale> rows = small.read(slice("early_close"), SALE)) {
                    assertThat(rows.limit(2).toList()).containsExactlyElementsOf(sales(0, 2));
                }
            }
            try (Stream<Sale> rows = small.read(slice("early_close"), SALE)) {
                assertThat(rows.count()).isEqualTo(50_000);
            }
            try (Stream<Sale> rows = small.read(slice("early_close"), SALE)) {
                assertThat(rows.count()).isEqualTo(50_000);
            }
            small.write(slice("early_close"), SALE, sales(7, 1).stream());
        }
        assertThat(read("early_close")).containsExactlyElementsOf(sales(7, 1));
    }

    /** Waits until some session of the test database waits for an advisory lock. */
    private static void awaitWaitingAdvisoryLock(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_locks"
                            + " WHERE locktype = 'advisory' AND NOT granted")) {
                result.next();
                if (result.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no session waited for the advisory lock within " + timeout);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the first writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
