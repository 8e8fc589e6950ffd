package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetCheckDefinition;
import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.CheckResult;
import dev.assetflow.runtime.Partitions;
import dev.assetflow.runtime.cli.PipelineCliTest.Order;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A hand-written stand-in for a generated {@code Pipeline}, to try the command line by hand:
 * {@code java -cp ... dev.assetflow.runtime.cli.DemoPipeline materialize --url jdbc:duckdb:demo.duckdb}.
 */
public final class DemoPipeline {

    private DemoPipeline() {
    }

    static AssetGraph graph() {
        AssetDefinition<Order> orders = AssetDefinition.builder("orders", Order.ROW_TYPE).group("sales")
                .description("Orders as delivered").codeVersion(System.getenv().getOrDefault("DEMO_VERSION", "3f9c2a71"))
                .computation(in -> LongStream.rangeClosed(1, 2_000_000).mapToObj(i -> new Order(i,
                        i % 3 == 0 ? "eu" : "us", System.getenv("DEMO_NEGATIVE") != null && i == 7 ? -1.0 : (i % 100) / 4.0, LocalDate.of(2024, 1, 1 + (int) (i % 31)))))
                .build();
        AssetDefinition<Order> daily = AssetDefinition.builder("daily_orders", Order.ROW_TYPE).group("sales")
                .description("Orders of one day").partitions(Partitions.daily("day", "2024-01-01", "2024-01-31"))
                .input("orders", "orders", Order.ROW_TYPE)
                .computation(in -> {
                    LocalDate day = LocalDate.parse(in.context().partitionKey().orElseThrow());
                    return in.stream(0, Order.ROW_TYPE).filter(o -> o.day().equals(day));
                }).build();
        AssetDefinition<Order> eu = AssetDefinition.builder("eu_orders", Order.ROW_TYPE).group("regions")
                .description("Orders shipped to the EU").input("orders", "orders", Order.ROW_TYPE)
                .computation(in -> in.stream(0, Order.ROW_TYPE).filter(o -> o.region().equals("eu"))).build();
        AssetCheckDefinition positive = AssetCheckDefinition.builder("positive_amounts", "orders").blocking(true)
                .description("no order has a negative amount").input("orders", "orders", Order.ROW_TYPE)
                .computation(in -> {
                    long negative = in.stream(0, Order.ROW_TYPE).filter(o -> o.amount() < 0).count();
                    return (negative == 0 ? CheckResult.passed("all amounts positive")
                            : CheckResult.failed(negative + " negative amounts")).withMetadata("negative", negative);
                }).build();
        return AssetGraph.of(List.of(orders, daily, eu), List.of(positive));
    }

    public static void main(String[] args) {
        System.exit(PipelineCli.execute(graph(), args));
    }
}
