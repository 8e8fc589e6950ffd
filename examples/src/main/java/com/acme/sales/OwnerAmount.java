package com.acme.sales;

/** The two columns of a clean sale that the summary reads: the IO manager selects only these. */
public record OwnerAmount(String owner, double amount) {
}
