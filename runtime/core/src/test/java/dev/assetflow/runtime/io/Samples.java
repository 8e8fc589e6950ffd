package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Rows with extreme, unicode and ordinary values for round-trip tests. */
public final class Samples {

    private Samples() {
    }

    public static final AllTypes ORDINARY = new AllTypes(true, (byte) 7, (short) 300, 70_000, 5_000_000_000L, 1.5f, 2.25,
            new BigDecimal("12345.678"), "plain", LocalDate.of(2024, 2, 29), LocalTime.of(13, 45, 30, 123_456_000),
            LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000), Instant.parse("2024-02-29T12:45:30.123456Z"),
            OffsetDateTime.of(2024, 2, 29, 14, 45, 30, 0, ZoneOffset.UTC),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new byte[] {1, 2, 3}, AllTypes.Color.GREEN);

    public static final AllTypes MINIMA = new AllTypes(false, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE,
            Long.MIN_VALUE, -Float.MAX_VALUE, -Double.MAX_VALUE, new BigDecimal("-999999999999999.999"), "",
            LocalDate.of(1, 1, 1), LocalTime.MIDNIGHT, LocalDateTime.of(1900, 1, 1, 0, 0),
            Instant.parse("1970-01-01T00:00:00Z"), OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC),
            new UUID(0, 0), new byte[0], AllTypes.Color.RED);

    public static final AllTypes MAXIMA = new AllTypes(true, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE,
            Long.MAX_VALUE, Float.MAX_VALUE, Double.MAX_VALUE, new BigDecimal("999999999999999.999"),
            "Grüße, 世界 🚀 \"quoted\" 'single' \\ back\nnew line\ttab",
            LocalDate.of(9999, 12, 31), LocalTime.of(23, 59, 59, 999_999_000),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), Instant.parse("2262-04-11T23:47:16.854775Z"),
            OffsetDateTime.of(2100, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC), new UUID(-1, -1),
            new byte[] {0, -1, 127, -128, 0}, AllTypes.Color.GREEN);

    public static final AllTypes SPECIAL_FLOATS = new AllTypes(true, (byte) 0, (short) 0, 0, 0, Float.NaN,
            Double.POSITIVE_INFINITY, BigDecimal.ZERO.setScale(3), "x", LocalDate.of(2000, 1, 1), LocalTime.NOON,
            LocalDateTime.of(2000, 1, 1, 0, 0), Instant.parse("2000-01-01T00:00:00Z"),
            OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), UUID.randomUUID(), new byte[] {42},
            AllTypes.Color.RED);

    /** Compares records field by field, arrays by content, floats exactly (NaN equals NaN). */
    public static org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration exact() {
        return org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                .withComparatorForType(Float::compare, Float.class)
                .withComparatorForType(Double::compare, Double.class)
                .build();
    }

    public static List<AllTypes> all() {
        return List.of(ORDINARY, MINIMA, MAXIMA, SPECIAL_FLOATS);
    }
}
