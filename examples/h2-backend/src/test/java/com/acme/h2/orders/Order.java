package com.acme.h2.orders;

import dev.assetflow.Decimal;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One order as delivered. */
public record Order(long id, String customer, @Decimal(precision = 10, scale = 2) BigDecimal amount, LocalDate day) {
}
