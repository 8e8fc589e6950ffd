package com.shop.core;

import dev.assetflow.Asset;
import dev.assetflow.AssetCheck;
import dev.assetflow.Input;
import dev.assetflow.runtime.CheckResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Ingests the shop's exports: raw orders, cleaned orders and customers. */
public final class CoreAssets {

    private CoreAssets() {
    }

    /** Reads {@code orders.csv}; an empty amount stays missing. */
    @Asset(description = "Orders as the shop exports them")
    public static List<RawOrder> rawOrders() throws IOException {
        return Csv.read("orders.csv").stream()
                .map(f -> new RawOrder(Long.parseLong(f.get(0)), f.get(1),
                        f.get(2).isEmpty() ? null : Double.valueOf(f.get(2)), LocalDate.parse(f.get(3))))
                .toList();
    }

    /** The customer names of the raw orders made keys; other columns as they are. */
    @Asset(description = "Orders with customer keys")
    public static List<Order> orders(@Input List<RawOrder> rawOrders) {
        return rawOrders.stream()
                .map(o -> new Order(o.id(), Names.customerKey(o.customer()), o.amount(), o.day()))
                .toList();
    }

    /** Reads {@code customers.csv}. */
    @Asset(description = "Customers and their regions")
    public static List<Customer> customers() throws IOException {
        return Csv.read("customers.csv").stream()
                .map(f -> new Customer(Names.customerKey(f.get(0)), f.get(1)))
                .toList();
    }

    /** Every order names a customer; downstream assets are skipped if one does not. */
    @AssetCheck(asset = "orders", blocking = true, description = "Every order names a customer")
    public static CheckResult ordersNameACustomer(@Input List<Order> orders) {
        long blank = orders.stream().filter(order -> order.customer().isEmpty()).count();
        return blank == 0 ? CheckResult.passed(orders.size() + " orders, each with a customer")
                : CheckResult.failed(blank + " orders without a customer");
    }
}
