package com.shop.marts;

/** How many customers a region has and what they spent, computed in the database. */
public record RegionSales(String region, long customers, double revenue) {}
