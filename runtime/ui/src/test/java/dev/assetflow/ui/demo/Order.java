package dev.assetflow.ui.demo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A raw order as delivered; the coupon may be missing. */
public record Order(long id, String region, String currency, double amount, @Nullable String coupon, LocalDate day) {
}
