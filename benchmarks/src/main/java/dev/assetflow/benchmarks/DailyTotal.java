package dev.assetflow.benchmarks;

import java.time.LocalDate;

/** The sales of one day. */
public record DailyTotal(LocalDate day, double total, long sales) {
}
