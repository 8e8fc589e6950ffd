package com.acme.sales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A sale as delivered: the amount is sometimes missing. */
public record RawSale(long id, String owner, @Nullable Double amount, LocalDate day) {
}
