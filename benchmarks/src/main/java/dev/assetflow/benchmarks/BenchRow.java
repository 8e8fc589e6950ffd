package dev.assetflow.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The 6-column record of DESIGN section 8. */
public record BenchRow(long id, String name, double amount, LocalDate day, boolean active,
        LocalDateTime createdAt) {
}
