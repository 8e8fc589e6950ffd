package dev.assetflow.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Deterministic benchmark rows; the native paths and Assetflow write exactly the same values. */
final class BenchData {

    /** The number of rows, from the system property {@code bench.rows} (default one million). */
    static long rows() {
        return Long.getLong("bench.rows", 1_000_000L);
    }

    private static final String[] NAMES = new String[64];
    private static final LocalDate[] DAYS = new LocalDate[3650];
    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = "customer-" + i + "-ünïcødé";
        }
        for (int i = 0; i < DAYS.length; i++) {
            DAYS[i] = LocalDate.of(2015, 1, 1).plusDays(i);
        }
    }

    private BenchData() {
    }

    static BenchRow row(long i) {
        return new BenchRow(i, NAMES[(int) (i & 63)], i * 0.25, DAYS[(int) (i % DAYS.length)], (i & 1) == 0,
                START.plusSeconds(i));
    }

    static Stream<BenchRow> stream(long rows) {
        return LongStream.range(0, rows).mapToObj(BenchData::row);
    }

    static long checksum(BenchRow row) {
        return row.id() + row.name().length() + (long) row.amount() + row.day().getDayOfMonth()
                + (row.active() ? 1 : 0) + row.createdAt().getSecond();
    }
}
