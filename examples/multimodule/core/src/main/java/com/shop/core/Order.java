package com.shop.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A cleaned order: the customer's key, the amount (still missing where the export had none), the day. */
public record Order(long id, String customer, @Nullable Double amount, LocalDate day) {}
