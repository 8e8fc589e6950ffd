package com.acme.sales;

/** The number of sales and the total amount per owner, computed inside the database. */
public record OwnerStats(String owner, long sales, double total) {
}
