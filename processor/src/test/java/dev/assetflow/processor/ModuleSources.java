package dev.assetflow.processor;

import static dev.assetflow.processor.Sources.source;

import javax.tools.JavaFileObject;

/**
 * A shop split into two modules: {@code core} (raw orders, cleaned orders, customers, a source asset and a
 * check) and {@code marts}, whose asset reads two of core's assets, one through a projection of a nullable
 * column that only core's metadata knows is nullable (its {@code @Nullable} is a type-use annotation, which
 * class files do not show javac 17).
 */
final class ModuleSources {

    static final JavaFileObject NULLABLE = source("com.shop.core.Nullable", """
            package com.shop.core;

            import java.lang.annotation.ElementType;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.lang.annotation.Target;

            @Target(ElementType.TYPE_USE)
            @Retention(RetentionPolicy.CLASS)
            public @interface Nullable {}
            """);

    static final JavaFileObject RAW_ORDER = source("com.shop.core.RawOrder", """
            package com.shop.core;

            public record RawOrder(long id, String customer, @Nullable Double amount) {}
            """);

    static final JavaFileObject ORDER = source("com.shop.core.Order", """
            package com.shop.core;

            public record Order(long id, String customer, @Nullable Double amount) {}
            """);

    static final JavaFileObject CUSTOMER = source("com.shop.core.Customer", """
            package com.shop.core;

            public record Customer(String customer, String region) {}
            """);

    static final JavaFileObject REGION = source("com.shop.core.Region", """
            package com.shop.core;

            import dev.assetflow.SourceAsset;

            @SourceAsset(name = "erp_regions", description = "Regions, kept by the ERP")
            public record Region(String region, String manager) {}
            """);

    static final JavaFileObject NAMES = source("com.shop.core.Names", """
            package com.shop.core;

            final class Names {
                private Names() {
                }

                static String clean(String name) {
                    return name.strip().toLowerCase(java.util.Locale.ROOT);
                }
            }
            """);

    static final JavaFileObject CORE_ASSETS = source("com.shop.core.CoreAssets", """
            package com.shop.core;

            import dev.assetflow.Asset;
            import dev.assetflow.AssetCheck;
            import dev.assetflow.Input;
            import dev.assetflow.runtime.CheckResult;
            import java.util.List;

            public final class CoreAssets {
                private CoreAssets() {
                }

                @Asset(description = "Orders as the shop exports them")
                public static List<RawOrder> rawOrders() {
                    return List.of(new RawOrder(1, " Ada", 10.0), new RawOrder(2, "bob ", null),
                            new RawOrder(3, "ADA", 5.0));
                }

                @Asset(description = "Orders with clean customer names")
                public static List<Order> orders(@Input List<RawOrder> rawOrders) {
                    return rawOrders.stream()
                            .map(order -> new Order(order.id(), Names.clean(order.customer()), order.amount()))
                            .toList();
                }

                @Asset
                public static List<Customer> customers() {
                    return List.of(new Customer("ada", "north"), new Customer("bob", "south"));
                }

                @AssetCheck(asset = "orders", blocking = true)
                public static CheckResult ordersHaveCustomers(@Input("orders") List<Order> orders) {
                    return orders.stream().allMatch(order -> !order.customer().isEmpty())
                            ? CheckResult.passed("every order has a customer") : CheckResult.failed("blank customer");
                }
            }
            """);

    static final JavaFileObject CUSTOMER_AMOUNT = source("com.shop.marts.CustomerAmount", """
            package com.shop.marts;

            import com.shop.core.Nullable;

            public record CustomerAmount(String customer, @Nullable Double amount) {}
            """);

    static final JavaFileObject CUSTOMER_REVENUE = source("com.shop.marts.CustomerRevenue", """
            package com.shop.marts;

            public record CustomerRevenue(String customer, String region, double revenue) {}
            """);

    static final JavaFileObject MARTS_ASSETS = source("com.shop.marts.MartsAssets", """
            package com.shop.marts;

            import com.shop.core.Customer;
            import dev.assetflow.Asset;
            import dev.assetflow.Input;
            import java.util.List;
            import java.util.Map;
            import java.util.TreeMap;

            public final class MartsAssets {
                private MartsAssets() {
                }

                @Asset(description = "Revenue per customer, with the customer's region")
                public static List<CustomerRevenue> customerRevenue(@Input("orders") List<CustomerAmount> orders,
                        @Input List<Customer> customers) {
                    Map<String, Double> revenue = new TreeMap<>();
                    for (CustomerAmount order : orders) {
                        revenue.merge(order.customer(), order.amount() == null ? 0.0 : order.amount(), Double::sum);
                    }
                    Map<String, String> regions = new TreeMap<>();
                    customers.forEach(customer -> regions.put(customer.customer(), customer.region()));
                    return revenue.entrySet().stream()
                            .map(e -> new CustomerRevenue(e.getKey(), regions.get(e.getKey()), e.getValue()))
                            .toList();
                }
            }
            """);

    private ModuleSources() {
    }

    static JavaFileObject[] core() {
        return new JavaFileObject[] {NULLABLE, RAW_ORDER, ORDER, CUSTOMER, REGION, NAMES, CORE_ASSETS};
    }

    static JavaFileObject[] marts() {
        return new JavaFileObject[] {CUSTOMER_AMOUNT, CUSTOMER_REVENUE, MARTS_ASSETS};
    }
}
