package com.acme.sales;

import java.time.LocalDate;

/** The total amount sold by one owner on one day. */
public record DailyOwnerTotal(LocalDate day, String owner, double total) {
}
