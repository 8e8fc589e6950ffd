package com.acme.sales;

/** The total amount sold per owner. */
public record OwnerTotal(String owner, double total) {
}
