package dev.assetflow.processor;

import static dev.assetflow.processor.Sources.source;

import javax.tools.JavaFileObject;

/** A record with every supported column type, and assets writing it and reading a projection of it. */
final class TypesSources {

    static final JavaFileObject NULLABLE = source("com.acme.types.Nullable", """
            package com.acme.types;

            import java.lang.annotation.ElementType;
            import java.lang.annotation.Target;

            /** A type-use Nullable, like JSpecify's. */
            @Target(ElementType.TYPE_USE)
            public @interface Nullable {}
            """);

    static final JavaFileObject COLOR = source("com.acme.types.Color", """
            package com.acme.types;

            public enum Color { RED, GREEN }
            """);

    static final JavaFileObject EVERYTHING = source("com.acme.types.Everything", """
            package com.acme.types;

            import dev.assetflow.Decimal;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.LocalDateTime;
            import java.time.LocalTime;
            import java.time.OffsetDateTime;
            import java.util.UUID;

            public record Everything(
                    boolean flag,
                    byte tiny,
                    short small,
                    int count,
                    long id,
                    float ratio,
                    double amount,
                    @Nullable Boolean boxedFlag,
                    @Nullable Byte boxedTiny,
                    @Nullable Short boxedSmall,
                    @Nullable Integer boxedCount,
                    @Nullable Long boxedId,
                    @Nullable Float boxedRatio,
                    @Nullable Double boxedAmount,
                    @Decimal(precision = 12, scale = 2) BigDecimal price,
                    @Nullable BigDecimal rate,
                    String name,
                    LocalDate day,
                    LocalTime time,
                    LocalDateTime stamp,
                    Instant instant,
                    OffsetDateTime offset,
                    UUID uuid,
                    byte[] payload,
                    Color color,
                    @Nullable Color maybeColor,
                    @Nullable String note) {}
            """);

    static final JavaFileObject NARROW = source("com.acme.types.Narrow", """
            package com.acme.types;

            public record Narrow(long count, double ratio, String color, @Nullable Long boxedCount) {}
            """);

    static final JavaFileObject ASSETS = source("com.acme.types.TypeAssets", """
            package com.acme.types;

            import dev.assetflow.Asset;
            import dev.assetflow.Input;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.LocalDateTime;
            import java.time.LocalTime;
            import java.time.OffsetDateTime;
            import java.time.ZoneOffset;
            import java.util.List;
            import java.util.UUID;
            import java.util.stream.Stream;

            public final class TypeAssets {
                private TypeAssets() {}

                public static Everything full() {
                    return new Everything(true, (byte) 1, (short) 2, 3, 4L, 5.5f, 6.25,
                            false, (byte) -1, (short) -2, -3, -4L, -5.5f, -6.25,
                            new BigDecimal("1234.50"), new BigDecimal("0.125"), "full",
                            LocalDate.of(2024, 2, 29), LocalTime.of(23, 59, 58),
                            LocalDateTime.of(2024, 2, 29, 23, 59, 58), Instant.ofEpochSecond(1_700_000_000L),
                            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new byte[] {1, 2, 3},
                            Color.GREEN, Color.RED, "a note");
                }

                public static Everything sparse() {
                    return new Everything(false, (byte) 0, (short) 0, 7, 8L, 0f, 0d,
                            null, null, null, null, null, null, null,
                            BigDecimal.ZERO, null, "sparse",
                            LocalDate.of(2024, 1, 1), LocalTime.MIDNIGHT, LocalDateTime.of(2024, 1, 1, 0, 0),
                            Instant.EPOCH, OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                            new UUID(0, 1), new byte[0], Color.RED, null, null);
                }

                @Asset(description = "One row of every type", schema = "types", group = "types")
                public static Stream<Everything> everything() {
                    return Stream.of(full(), sparse());
                }

                @Asset(deps = "everything")
                public static List<Narrow> narrow(@Input("everything") List<Narrow> rows) {
                    return rows;
                }
            }
            """);

    static JavaFileObject[] all() {
        return new JavaFileObject[] {NULLABLE, COLOR, EVERYTHING, NARROW, ASSETS};
    }

    private TypesSources() {
    }
}
