package dev.assetflow.testing;

import dev.assetflow.testing.ContractRows.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/**
 * Values at the edges of every type: extremes, special floats, far dates, 38-digit decimals, and text that
 * looks like SQL, CSV or escapes. Times have microsecond precision, the finest every backend stores.
 */
public final class TypeSamples {

    private TypeSamples() {
    }

    private static final String NINES_38 = "9".repeat(38);
    private static final String NINES_28_10 = "9".repeat(28) + "." + "9".repeat(10);

    public static final EveryType ORDINARY = new EveryType(true, (byte) 7, (short) 300, 70_000, 5_000_000_000L, 1.5f,
            2.25, new BigDecimal("12345678901234567890"), new BigDecimal("12345.6789012345"),
            new BigDecimal("1234.50"), "plain", LocalDate.of(2024, 2, 29), LocalTime.of(13, 45, 30, 123_456_000),
            LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000), Instant.parse("2024-02-29T12:45:30.123456Z"),
            OffsetDateTime.of(2024, 2, 29, 14, 45, 30, 654_321_000, ZoneOffset.ofHours(2)),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new byte[] {1, 2, 3}, EveryType.Color.GREEN);

    public static final EveryType MINIMA = new EveryType(false, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE,
            Long.MIN_VALUE, -Float.MAX_VALUE, -Double.MAX_VALUE, new BigDecimal("-" + NINES_38),
            new BigDecimal("-" + NINES_28_10), new BigDecimal("-9999999.99"), "", LocalDate.of(1, 1, 1),
            LocalTime.MIDNIGHT, LocalDateTime.of(1, 1, 1, 0, 0), Instant.parse("0001-01-01T00:00:00Z"),
            OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), new UUID(0, 0), new byte[0],
            EveryType.Color.RED);

    public static final EveryType MAXIMA = new EveryType(true, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE,
            Long.MAX_VALUE, Float.MAX_VALUE, Double.MAX_VALUE, new BigDecimal(NINES_38), new BigDecimal(NINES_28_10),
            new BigDecimal("9999999.99"), "Grüße, 世界 🚀", LocalDate.of(9999, 12, 31),
            LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
            Instant.parse("9999-12-31T23:59:59.999999Z"),
            OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC), new UUID(-1, -1),
            allByteValues(), EveryType.Color.BLUE);

    /** Values next to zero and the epoch, where sign and rounding mistakes show; its floats are -0.0. */
    public static final EveryType NEAR_ZERO = nearZero(-0.0f, -0.0);

    /** NaN, infinities and the smallest subnormals. */
    public static final EveryType SPECIAL_FLOATS = new EveryType(true, (byte) 0, (short) 0, 0, 0, Float.NaN,
            Double.POSITIVE_INFINITY, BigDecimal.ZERO, new BigDecimal("0E-10"), new BigDecimal("0.00"), "x",
            LocalDate.of(2000, 1, 1), LocalTime.NOON, LocalDateTime.of(2000, 1, 1, 0, 0),
            Instant.parse("2000-01-01T00:00:00Z"), OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
            UUID.randomUUID(), new byte[] {42}, EveryType.Color.GREEN);

    public static final EveryType OTHER_SPECIAL_FLOATS = new EveryType(true, (byte) 0, (short) 0, 0, 0,
            Float.NEGATIVE_INFINITY, Double.NaN, BigDecimal.ONE, BigDecimal.ONE.setScale(10),
            BigDecimal.ONE.setScale(2), "y", LocalDate.of(2000, 1, 2), LocalTime.NOON,
            LocalDateTime.of(2000, 1, 2, 0, 0), Instant.parse("2000-01-02T00:00:00Z"),
            OffsetDateTime.of(2000, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC), UUID.randomUUID(), new byte[] {43},
            EveryType.Color.GREEN);

    public static final EveryType SUBNORMALS = new EveryType(true, (byte) 0, (short) 0, 0, 0, Float.MIN_VALUE,
            Double.MIN_VALUE, BigDecimal.TEN, BigDecimal.TEN.setScale(10), BigDecimal.TEN.setScale(2), "z",
            LocalDate.of(2000, 1, 3), LocalTime.NOON, LocalDateTime.of(2000, 1, 3, 0, 0),
            Instant.parse("2000-01-03T00:00:00Z"), OffsetDateTime.of(2000, 1, 3, 0, 0, 0, 0, ZoneOffset.UTC),
            UUID.randomUUID(), new byte[] {44}, EveryType.Color.GREEN);

    public static List<EveryType> everyType() {
        return List.of(ORDINARY, MINIMA, MAXIMA, NEAR_ZERO, SPECIAL_FLOATS, OTHER_SPECIAL_FLOATS, SUBNORMALS);
    }

    /**
     * {@link #everyType()} with 0.0 in place of {@link #NEAR_ZERO}'s -0.0, for a backend without
     * {@link Capability#NEGATIVE_ZERO}.
     */
    public static List<EveryType> everyTypeWithoutNegativeZero() {
        return List.of(ORDINARY, MINIMA, MAXIMA, nearZero(0.0f, 0.0), SPECIAL_FLOATS, OTHER_SPECIAL_FLOATS,
                SUBNORMALS);
    }

    private static EveryType nearZero(float real, double dbl) {
        return new EveryType(false, (byte) -1, (short) -1, -1, -1L, real, dbl,
                new BigDecimal("-1"), new BigDecimal("0.0000000001"), new BigDecimal("-0.01"), " ",
                LocalDate.of(1969, 12, 31), LocalTime.of(0, 0, 0, 1_000), LocalDateTime.of(1969, 12, 31, 23, 59, 59,
                        999_999_000), Instant.parse("1969-12-31T23:59:59.999999Z"),
                OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 1_000, ZoneOffset.ofHoursMinutes(-9, -30)),
                UUID.fromString("00000000-0000-0001-8000-000000000000"), new byte[] {0}, EveryType.Color.RED);
    }

    /**
     * Texts a bulk path may mangle: SQL, CSV and COPY syntax, escapes, the word NULL, whitespace, unicode
     * beyond the BMP, right-to-left text, combining marks, and a long string. Each row's nullable column
     * holds the same text, and one row holds a real NULL beside the text {@code "NULL"}.
     */
    public static List<Text> texts() {
        List<String> texts = List.of(
                "",
                " ",
                "  padded  ",
                "'); DROP TABLE sales; --",
                "Robert'); DELETE FROM students WHERE ('1' = '1",
                "\"double\" 'single' `back` quotes",
                "back\\slash \\N \\\\ \\t",
                "NULL",
                "null",
                "a,b;c|d\te",
                "\"\"\"",
                "line\nbreak\r\nwindows\rmac",
                "$1 ? :name {0} %s",
                "Grüße, 東京, emoji \uD83D\uDE00\uD83D\uDE80, RTL \u05E9\u05DC\u05D5\u05DD, e\u0301",
                "\u00A0non-breaking\u2028separator\uFEFF",
                "long ".repeat(4_000));
        List<Text> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Text(i, texts.get(i), texts.get(i)));
        }
        rows.add(new Text(texts.size(), "NULL", null));
        return rows;
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /**
     * Field by field: arrays by content, floats exactly (NaN equals NaN, -0.0 differs from 0.0), decimals by
     * value, and date-times with an offset by the instant they denote (a backend may return them in UTC).
     */
    public static RecursiveComparisonConfiguration exact() {
        return RecursiveComparisonConfiguration.builder()
                .withComparatorForType(Float::compare, Float.class)
                .withComparatorForType(Double::compare, Double.class)
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .withComparatorForType(OffsetDateTime.timeLineOrder(), OffsetDateTime.class)
                .build();
    }
}
