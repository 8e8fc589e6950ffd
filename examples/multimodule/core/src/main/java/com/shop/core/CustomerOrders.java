package com.shop.core;

/** How many orders a customer placed and what they came to (a missing amount counts as nothing). */
public record CustomerOrders(String customer, long orders, double revenue) {}
