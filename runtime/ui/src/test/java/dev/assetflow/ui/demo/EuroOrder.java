package dev.assetflow.ui.demo;

import java.time.LocalDate;

/** An order with its amount in EUR. */
public record EuroOrder(long id, String region, double euros, LocalDate day) {
}
