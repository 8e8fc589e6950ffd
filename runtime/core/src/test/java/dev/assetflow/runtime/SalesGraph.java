package dev.assetflow.runtime;

import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.internal.Rows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A small sales pipeline for orchestration tests: raw_sales -> clean_sales -> sales_summary, plus
 * marketing_leads (group marketing) downstream of raw_sales. Records which assets ran.
 */
public final class SalesGraph {

    public static final LocalDate DAY = LocalDate.of(2024, 1, 15);

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    List<Sale> rawRows = List.of(new Sale(1, "ann", 10.0, DAY), new Sale(2, "bob", null, DAY),
            new Sale(3, "ann", 5.0, DAY));
    String rawVersion = "v1";
    String cleanVersion = "v1";

    public AssetDefinition<Sale> raw() {
        return AssetDefinition.builder("raw_sales", Sale.ROW_TYPE).group("sales").codeVersion(rawVersion)
                .computation(in -> {
                    calls.add("raw_sales");
                    return Rows.of(rawRows);
                }).build();
    }

    public AssetDefinition<Sale> clean() {
        return AssetDefinition.builder("clean_sales", Sale.ROW_TYPE).group("sales").codeVersion(cleanVersion)
                .input("raw_sales", "rawSales", Sale.ROW_TYPE)
                .computation(in -> {
                    calls.add("clean_sales");
                    return in.list(0, Sale.ROW_TYPE).stream()
                            .map(s -> new Sale(s.id(), s.owner(), s.amount() == null ? 0.0 : s.amount(), s.day()));
                }).build();
    }

    public AssetDefinition<OwnerTotal> summary() {
        return AssetDefinition.builder("sales_summary", OwnerTotal.ROW_TYPE).group("sales").codeVersion("v1")
                .input("clean_sales", "sales", OwnerAmount.ROW_TYPE)
                .computation(in -> {
                    calls.add("sales_summary");
                    Map<String, Double> totals = in.stream(0, OwnerAmount.ROW_TYPE).collect(Collectors.groupingBy(
                            OwnerAmount::owner, TreeMap::new, Collectors.summingDouble(OwnerAmount::amount)));
                    return totals.entrySet().stream().map(e -> new OwnerTotal(e.getKey(), e.getValue()));
                }).build();
    }

    public AssetDefinition<OwnerAmount> leads() {
        return AssetDefinition.builder("marketing_leads", OwnerAmount.ROW_TYPE).group("marketing").codeVersion("v1")
                .input("raw_sales", "rawSales", OwnerAmount.ROW_TYPE)
                .computation(in -> {
                    calls.add("marketing_leads");
                    return in.list(0, OwnerAmount.ROW_TYPE).stream();
                }).build();
    }

    public AssetGraph graph() {
        return AssetGraph.of(List.of(raw(), clean(), summary(), leads()));
    }
}
