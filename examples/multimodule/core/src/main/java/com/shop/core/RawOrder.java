package com.shop.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An order line of {@code orders.csv}, as exported: the customer may be padded, the amount missing. */
public record RawOrder(long id, String customer, @Nullable Double amount, LocalDate day) {}
