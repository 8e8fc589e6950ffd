package com.shop.marts;

/** What a customer spent, over how many orders, and the customer's region. */
public record CustomerRevenue(String customer, String region, double revenue, long orders) {}
