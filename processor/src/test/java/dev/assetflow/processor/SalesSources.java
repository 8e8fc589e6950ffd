package dev.assetflow.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** The sales example of DESIGN section 1, as test sources. */
final class SalesSources {

    static final JavaFileObject NULLABLE = JavaFileObjects.forSourceLines("com.acme.sales.Nullable",
            "package com.acme.sales;",
            "",
            "import java.lang.annotation.ElementType;",
            "import java.lang.annotation.Target;",
            "",
            "@Target({ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})",
            "public @interface Nullable {}");

    static final JavaFileObject RAW_SALE = JavaFileObjects.forSourceLines("com.acme.sales.RawSale",
            "package com.acme.sales;",
            "",
            "import java.time.LocalDate;",
            "",
            "public record RawSale(long id, String owner, @Nullable Double amount, LocalDate day) {}");

    static final JavaFileObject CLEAN_SALE = JavaFileObjects.forSourceLines("com.acme.sales.CleanSale",
            "package com.acme.sales;",
            "",
            "import java.time.LocalDate;",
            "",
            "public record CleanSale(long id, String owner, double amount, LocalDate day) {}");

    static final JavaFileObject OWNER_TOTAL = JavaFileObjects.forSourceLines("com.acme.sales.OwnerTotal",
            "package com.acme.sales;",
            "",
            "public record OwnerTotal(String owner, double total) {}");

    static final JavaFileObject ASSETS = JavaFileObjects.forSourceLines("com.acme.sales.SalesAssets",
            "package com.acme.sales;",
            "",
            "import dev.assetflow.Asset;",
            "import dev.assetflow.Input;",
            "import java.time.LocalDate;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.TreeMap;",
            "import java.util.stream.Collectors;",
            "import java.util.stream.Stream;",
            "",
            "public final class SalesAssets {",
            "    private SalesAssets() {}",
            "",
            "    @Asset(description = \"Raw sales as delivered\")",
            "    public static List<RawSale> rawSalesData() {",
            "        return List.of(",
            "                new RawSale(1, \"ann\", 10.0, LocalDate.of(2024, 1, 1)),",
            "                new RawSale(2, \"bob\", null, LocalDate.of(2024, 1, 2)),",
            "                new RawSale(3, \"ann\", 5.5, LocalDate.of(2024, 1, 3)));",
            "    }",
            "",
            "    @Asset",
            "    public static List<CleanSale> cleanSalesData(@Input List<RawSale> rawSalesData) {",
            "        return rawSalesData.stream()",
            "                .filter(sale -> sale.amount() != null)",
            "                .map(sale -> new CleanSale(sale.id(), sale.owner(), sale.amount(), sale.day()))",
            "                .toList();",
            "    }",
            "",
            "    @Asset",
            "    public static List<OwnerTotal> salesSummary(@Input(\"clean_sales_data\") Stream<CleanSale> sales) {",
            "        Map<String, Double> totals = sales.collect(Collectors.groupingBy(",
            "                CleanSale::owner, TreeMap::new, Collectors.summingDouble(CleanSale::amount)));",
            "        return totals.entrySet().stream().map(e -> new OwnerTotal(e.getKey(), e.getValue())).toList();",
            "    }",
            "}");

    static JavaFileObject[] all() {
        return new JavaFileObject[] {NULLABLE, RAW_SALE, CLEAN_SALE, OWNER_TOTAL, ASSETS};
    }

    private SalesSources() {
    }
}
