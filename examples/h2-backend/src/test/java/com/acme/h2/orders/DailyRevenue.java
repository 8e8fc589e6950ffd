package com.acme.h2.orders;

import dev.assetflow.Decimal;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What was ordered on one day. */
public record DailyRevenue(LocalDate day, @Decimal(precision = 12, scale = 2) BigDecimal revenue, int orders) {
}
