package com.shop.marts;

/** What the customers of a region spent. */
public record RegionRevenue(String region, double revenue) {}
