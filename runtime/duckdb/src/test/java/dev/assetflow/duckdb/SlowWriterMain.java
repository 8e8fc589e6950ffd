package dev.assetflow.duckdb;

import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.TableSlice;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Run in a child JVM by {@link DuckDbCrashTest}: writes an endless, slow stream of sales into the table
 * {@code sales} of the DuckDB file given as argument, and reports on standard output how many rows it has
 * appended so the test knows when to kill it.
 */
public final class SlowWriterMain {

    private SlowWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong count = new AtomicLong();
        try (DuckDbIOManager io = DuckDbIOManager.fromUrl(args[0])) {
            Stream<Sale> endless = Stream.generate(() -> {
                long n = count.incrementAndGet();
                if (n % 5_000 == 0) {
                    System.out.println("appended " + n);
                    System.out.flush();
                    sleep();
                }
                return new Sale(n, "new", 1.0, LocalDate.of(2024, 1, 1));
            });
            io.write(new TableSlice("sales", null, "sales"), Sale.ROW_TYPE, endless);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
