package com.acme.h2.orders;

import dev.assetflow.Decimal;
import java.math.BigDecimal;

/** What one customer ordered in all. */
public record CustomerTotal(String customer, @Decimal(precision = 12, scale = 2) BigDecimal total) {
}
