package dev.assetflow.benchmarks;

import java.time.LocalDate;

/** A sale with an amount of at least zero and a normalised owner. */
public record CleanSale(long id, String owner, double amount, LocalDate day) {

    /** The cleaning rule both jobs apply: drop a missing or negative amount, trim and lower-case the owner. */
    static CleanSale of(RawSale raw) {
        if (raw.amount() == null || raw.amount() < 0) {
            return null;
        }
        return new CleanSale(raw.id(), raw.owner().strip().toLowerCase(java.util.Locale.ROOT), raw.amount(), raw.day());
    }
}
