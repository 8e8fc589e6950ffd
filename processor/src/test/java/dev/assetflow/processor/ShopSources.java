package dev.assetflow.processor;

import static dev.assetflow.processor.Sources.source;

import javax.tools.JavaFileObject;

/**
 * A shop whose pipeline uses every orchestration feature: a source asset read through a projection, daily
 * and static partitions, a retry, a resource, the asset context and a blocking check.
 */
final class ShopSources {

    static final JavaFileObject CUSTOMER = source("com.acme.shop.Customer", """
            package com.acme.shop;

            import dev.assetflow.SourceAsset;

            @SourceAsset(name = "erp_customers", schema = "erp", description = "Customers, kept by the ERP",
                    group = "erp")
            public record Customer(long id, String name, String region) {}
            """);

    static final JavaFileObject CUSTOMER_REGION = source("com.acme.shop.CustomerRegion", """
            package com.acme.shop;

            public record CustomerRegion(long id, String region) {}
            """);

    static final JavaFileObject SALE = source("com.acme.shop.Sale", """
            package com.acme.shop;

            import java.time.LocalDate;

            public record Sale(long id, String region, LocalDate day, double amount) {}
            """);

    static final JavaFileObject REGION_TOTAL = source("com.acme.shop.RegionTotal", """
            package com.acme.shop;

            public record RegionTotal(String region, double total, String run) {}
            """);

    static final JavaFileObject PRICES = source("com.acme.shop.Prices", """
            package com.acme.shop;

            /** A resource: the price of one sale, however it is looked up. */
            public interface Prices {
                double price(long customer);
            }
            """);

    static final JavaFileObject ASSETS = source("com.acme.shop.ShopAssets", """
            package com.acme.shop;

            import dev.assetflow.Asset;
            import dev.assetflow.DailyPartitions;
            import dev.assetflow.Input;
            import dev.assetflow.Resource;
            import dev.assetflow.Retry;
            import dev.assetflow.StaticPartitions;
            import dev.assetflow.runtime.AssetContext;
            import java.time.LocalDate;
            import java.util.List;
            import java.util.stream.Collectors;
            import java.util.stream.Stream;

            public final class ShopAssets {
                private ShopAssets() {}

                @Asset(description = "One sale per customer per day")
                @DailyPartitions(column = "day", start = "2024-01-01", end = "2024-01-31")
                @Retry(attempts = 2, delayMillis = 0, backoff = 1.0)
                public static List<Sale> sales(AssetContext context, @Input("erp_customers") List<CustomerRegion> customers,
                        @Resource Prices prices) {
                    LocalDate day = LocalDate.parse(context.partitionKey().orElseThrow());
                    return customers.stream()
                            .map(c -> new Sale(c.id() * 100 + day.getDayOfMonth(), c.region(), day, prices.price(c.id())))
                            .toList();
                }

                @Asset
                @StaticPartitions(column = "region", values = {"eu", "us"})
                public static List<RegionTotal> regionTotals(@Input Stream<Sale> sales, AssetContext context) {
                    String region = context.partitionKey().orElseThrow();
                    double total = sales.filter(s -> s.region().equals(region)).mapToDouble(Sale::amount).sum();
                    return List.of(new RegionTotal(region, total, context.assetKey()));
                }
            }
            """);

    static final JavaFileObject CHECKS = source("com.acme.shop.ShopChecks", """
            package com.acme.shop;

            import dev.assetflow.AssetCheck;
            import dev.assetflow.Input;
            import dev.assetflow.Resource;
            import dev.assetflow.runtime.CheckResult;
            import java.util.List;

            public final class ShopChecks {
                private ShopChecks() {}

                @AssetCheck(asset = "sales", description = "No sale is free", blocking = true)
                public static CheckResult pricedSales(@Input List<Sale> sales, @Resource Prices prices) {
                    long free = sales.stream().filter(s -> s.amount() <= 0).count();
                    return (free == 0 ? CheckResult.passed("every sale has a price")
                            : CheckResult.failed(free + " sales are free")).withMetadata("free", free);
                }
            }
            """);

    static JavaFileObject[] all() {
        return new JavaFileObject[] {CUSTOMER, CUSTOMER_REGION, SALE, REGION_TOTAL, PRICES, ASSETS, CHECKS};
    }

    private ShopSources() {
    }
}
