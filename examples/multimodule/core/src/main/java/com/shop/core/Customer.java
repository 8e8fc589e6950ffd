package com.shop.core;

/** A customer and the sales region it belongs to. */
public record Customer(String customer, String region) {}
