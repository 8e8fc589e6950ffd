package dev.assetflow.ui.demo;

import dev.assetflow.Asset;
import dev.assetflow.AssetCheck;
import dev.assetflow.DailyPartitions;
import dev.assetflow.Input;
import dev.assetflow.runtime.AssetContext;
import dev.assetflow.runtime.CheckResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** The pipeline the UI tests look at: two groups, a source asset, a partitioned asset and a check. */
public final class DemoAssets {

    /** How many raw orders there are; tests change it to see a new row count. */
    public static volatile int orders = 120;
    /** When set, raw_orders waits for it before producing rows (tests of concurrent requests). */
    public static volatile CountDownLatch gate;
    /** When true, region_totals fails. */
    public static volatile boolean failTotals;

    private DemoAssets() {
    }

    @Asset(group = "ingest", description = "Orders as delivered by the shop, coupons often missing")
    public static Stream<Order> rawOrders() throws InterruptedException {
        CountDownLatch wait = gate;
        if (wait != null && !wait.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        return LongStream.rangeClosed(1, orders).mapToObj(i -> new Order(i, i % 3 == 0 ? "eu" : i % 3 == 1 ? "us" : "apac",
                i % 2 == 0 ? "EUR" : "USD", 10 + (i * 7) % 90, i % 4 == 0 ? "WINTER" + i : null,
                LocalDate.of(2024, 1, 1 + (int) (i % 7))));
    }

    @Asset(group = "reporting", description = "Orders with their amount converted to EUR")
    public static Stream<EuroOrder> euroOrders(@Input Stream<Order> rawOrders, @Input List<FxRate> fxRates) {
        Map<String, Double> rates = fxRates.stream().collect(Collectors.toMap(FxRate::currency, FxRate::rate));
        return rawOrders.map(o -> new EuroOrder(o.id(), o.region(), o.amount() * rates.getOrDefault(o.currency(), 1.0),
                o.day()));
    }

    @Asset(group = "reporting", description = "Revenue per region and day, one partition per day")
    @DailyPartitions(column = "day", start = "2024-01-01", end = "2024-01-07")
    public static List<DailyRevenue> dailyRevenue(@Input Stream<EuroOrder> euroOrders, AssetContext context) {
        Optional<LocalDate> day = context.partitionKey().map(LocalDate::parse);
        Map<LocalDate, Map<String, Double>> revenue = euroOrders.filter(o -> day.isEmpty() || o.day().equals(day.get()))
                .collect(Collectors.groupingBy(EuroOrder::day, TreeMap::new,
                        Collectors.groupingBy(EuroOrder::region, TreeMap::new, Collectors.summingDouble(EuroOrder::euros))));
        return revenue.entrySet().stream().flatMap(d -> d.getValue().entrySet().stream()
                .map(r -> new DailyRevenue(d.getKey(), r.getKey(), r.getValue()))).toList();
    }

    @Asset(group = "reporting", description = "Orders and revenue per region")
    public static List<RegionTotal> regionTotals(@Input List<EuroOrder> euroOrders) {
        if (failTotals) {
            throw new IllegalStateException("region_totals was told to fail");
        }
        Map<String, List<EuroOrder>> byRegion = euroOrders.stream()
                .collect(Collectors.groupingBy(EuroOrder::region, TreeMap::new, Collectors.toList()));
        return byRegion.entrySet().stream().map(e -> new RegionTotal(e.getKey(), e.getValue().size(),
                e.getValue().stream().mapToDouble(EuroOrder::euros).sum())).toList();
    }

    @AssetCheck(asset = "euro_orders", blocking = true, description = "Every amount is positive")
    public static CheckResult positiveAmounts(@Input("euro_orders") List<EuroOrder> orders) {
        long negative = orders.stream().filter(o -> o.euros() <= 0).count();
        return (negative == 0 ? CheckResult.passed("all " + orders.size() + " amounts positive")
                : CheckResult.failed(negative + " amounts not positive")).withMetadata("rows", orders.size())
                .withMetadata("not_positive", negative);
    }
}
