package dev.assetflow.benchmarks;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A sale as the CSV delivers it: the owner as typed, the amount possibly missing or negative. */
public record RawSale(long id, String owner, @Nullable Double amount, LocalDate day) {
}
