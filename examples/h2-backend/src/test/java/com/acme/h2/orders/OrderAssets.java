package com.acme.h2.orders;

import dev.assetflow.Asset;
import dev.assetflow.DailyPartitions;
import dev.assetflow.Input;
import dev.assetflow.runtime.AssetContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A small pipeline for the H2 backend's end-to-end test: orders, totals per customer, revenue per day. */
public final class OrderAssets {

    /** The orders the {@code orders} asset delivers; a test changes them to see what a run replaces. */
    public static volatile List<Order> delivered = List.of();

    private OrderAssets() {
    }

    @Asset(description = "Orders as delivered")
    public static List<Order> orders() {
        return delivered;
    }

    @Asset(description = "Total ordered per customer")
    public static List<CustomerTotal> customerTotals(@Input List<Order> orders) {
        Map<String, BigDecimal> totals = orders.stream().collect(Collectors.groupingBy(Order::customer,
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, Order::amount, BigDecimal::add)));
        return totals.entrySet().stream().map(e -> new CustomerTotal(e.getKey(), e.getValue())).toList();
    }

    @Asset(description = "Revenue per day, one partition per day")
    @DailyPartitions(column = "day", start = "2024-05-01", end = "2024-05-03")
    public static List<DailyRevenue> dailyRevenue(@Input("orders") Stream<Order> orders, AssetContext context) {
        Optional<LocalDate> day = context.partitionKey().map(LocalDate::parse);
        Map<LocalDate, List<Order>> perDay = orders.filter(o -> day.isEmpty() || o.day().equals(day.get()))
                .collect(Collectors.groupingBy(Order::day, TreeMap::new, Collectors.toList()));
        return perDay.entrySet().stream()
                .map(e -> new DailyRevenue(e.getKey(),
                        e.getValue().stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue().size()))
                .toList();
    }
}
