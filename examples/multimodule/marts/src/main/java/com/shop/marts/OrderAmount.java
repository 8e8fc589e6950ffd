package com.shop.marts;

import org.jspecify.annotations.Nullable;

/** The two columns of core's {@code orders} that revenue needs (a projection: only they are read). */
public record OrderAmount(String customer, @Nullable Double amount) {}
