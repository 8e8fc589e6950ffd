package com.acme.sales;

import java.time.LocalDate;

/** A sale whose missing amount has been replaced by 0. */
public record CleanSale(long id, String owner, double amount, LocalDate day) {
}
