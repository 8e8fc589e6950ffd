package dev.assetflow.runtime.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The dates and times a backend stores exactly: the range of its {@code DATE} and of its timestamps (with and
 * without time zone, compared at UTC), and the fractional digits of its timestamps and times. A
 * {@link CheckedRowSink} given limits ({@link CheckedRowSink#limitTemporals}) rejects every value outside them
 * at write, naming the asset, the table, the column and the row, instead of letting the database round it,
 * clamp it or store it as {@code infinity}.
 *
 * @param database the database and type family, for messages ({@code DuckDB}, {@code PostgreSQL})
 * @param minDate the earliest {@code DATE}
 * @param maxDate the latest {@code DATE}
 * @param minTimestamp the earliest timestamp (an instant: the same at UTC)
 * @param maxTimestamp the latest timestamp (an instant: the same at UTC)
 * @param fractionalDigits digits kept after the second: 6 for microseconds, 9 for nanoseconds
 */
public record TemporalLimits(String database, LocalDate minDate, LocalDate maxDate, LocalDateTime minTimestamp,
        LocalDateTime maxTimestamp, int fractionalDigits) {

    /** Every value Java can hold: no check. */
    public static final TemporalLimits NONE = new TemporalLimits("Java", LocalDate.MIN, LocalDate.MAX,
            LocalDateTime.MIN, LocalDateTime.MAX, 9);

    public TemporalLimits {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(minDate, "minDate");
        Objects.requireNonNull(maxDate, "maxDate");
        Objects.requireNonNull(minTimestamp, "minTimestamp");
        Objects.requireNonNull(maxTimestamp, "maxTimestamp");
        if (fractionalDigits < 0 || fractionalDigits > 9) {
            throw new IllegalArgumentException("fractional digits are 0 to 9, not " + fractionalDigits);
        }
    }

    /** Whether {@code value} is stored exactly as a {@code DATE}. */
    public boolean holds(LocalDate value) {
        return problem(value) == null;
    }

    /** Whether {@code value} is stored exactly as a {@code TIMESTAMP}. */
    public boolean holds(LocalDateTime value) {
        return problem(value) == null;
    }

    /** Whether {@code value} is stored exactly as a {@code TIMESTAMP WITH TIME ZONE}. */
    public boolean holds(Instant value) {
        return problem(value) == null;
    }

    /** Why {@code value} cannot be stored as a {@code DATE}, or {@code null} when it can. */
    String problem(LocalDate value) {
        if (value.isBefore(minDate) || value.isAfter(maxDate)) {
            return "is outside " + database + "'s DATE range (" + minDate + " to " + maxDate + ")";
        }
        return null;
    }

    /** Why {@code value} cannot be stored as a {@code TIMESTAMP}, or {@code null} when it can. */
    String problem(LocalDateTime value) {
        if (value.isBefore(minTimestamp) || value.isAfter(maxTimestamp)) {
            return "is outside " + database + "'s TIMESTAMP range (" + minTimestamp + " to " + maxTimestamp + ")";
        }
        return precision(value.getNano());
    }

    /** Why {@code value} cannot be stored as a {@code TIMESTAMP WITH TIME ZONE}, or {@code null} when it can. */
    String problem(Instant value) {
        if (this != NONE && (value.isBefore(minTimestamp.toInstant(ZoneOffset.UTC))
                || value.isAfter(maxTimestamp.toInstant(ZoneOffset.UTC)))) {
            return "is outside " + database + "'s TIMESTAMP WITH TIME ZONE range (" + minTimestamp + "Z to "
                    + maxTimestamp + "Z)";
        }
        return precision(value.getNano());
    }

    /** Why {@code nanos} (of a second) would lose digits, or {@code null}. */
    String precision(int nanos) {
        int dropped = 9 - fractionalDigits;
        if (dropped > 0 && nanos % POWERS[dropped] != 0) {
            return "has more fractional digits than " + database + " keeps (" + fractionalDigits
                    + "; they would be dropped)";
        }
        return null;
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};
}
