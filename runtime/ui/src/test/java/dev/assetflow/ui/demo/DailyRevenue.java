package dev.assetflow.ui.demo;

import java.time.LocalDate;

/** Revenue of one region on one day. */
public record DailyRevenue(LocalDate day, String region, double euros) {
}
