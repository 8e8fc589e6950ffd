package com.acme.sales;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import dev.assetflow.Asset;
import dev.assetflow.DailyPartitions;
import dev.assetflow.Input;
import dev.assetflow.runtime.AssetContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Record3;
import org.jooq.Select;

/**
 * The sales pipeline of Dagster's IO manager guide: raw sales from a CSV file, cleaned, summed per owner.
 * The methods only transform rows; the IO manager stores every asset as a table.
 */
public final class SalesAssets {

    private SalesAssets() {
    }

    /** Reads {@code sales.csv}, shipped with this module. Missing amounts stay missing. */
    @Asset(description = "Raw sales as delivered, some amounts missing")
    public static List<RawSale> rawSalesData() throws IOException {
        try (InputStream in = SalesAssets.class.getResourceAsStream("sales.csv")) {
            if (in == null) {
                throw new IOException("sales.csv is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(SalesAssets::parse).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Replaces missing amounts with 0. */
    @Asset(description = "Sales with missing amounts replaced by 0")
    public static Stream<CleanSale> cleanSalesData(@Input Stream<RawSale> rawSalesData) {
        return rawSalesData.map(sale -> new CleanSale(
                sale.id(), sale.owner(), sale.amount() == null ? 0.0 : sale.amount(), sale.day()));
    }

    /** The total amount per owner, read from only the owner and amount columns of the clean sales. */
    @Asset(description = "Total amount sold per owner")
    public static List<OwnerTotal> salesSummary(@Input("clean_sales_data") List<OwnerAmount> sales) {
        Map<String, Double> totals = sales.stream().collect(Collectors.groupingBy(
                OwnerAmount::owner, TreeMap::new, Collectors.summingDouble(OwnerAmount::amount)));
        return totals.entrySet().stream().map(e -> new OwnerTotal(e.getKey(), e.getValue())).toList();
    }

    /**
     * The number of sales and the total per owner, as a SQL asset: the query runs inside the database
     * ({@code INSERT INTO owner_stats (owner, sales, total) SELECT ...}) and no row enters the JVM. The input is
     * the generated jOOQ table of {@code clean_sales_data}; its fields are typed by the {@link CleanSale} record.
     */
    @Asset(description = "Sales and total per owner, computed in the database", row = OwnerStats.class)
    public static Select<Record3<String, Integer, Double>> ownerStats(
            @Input("clean_sales_data") CleanSalesDataTable sales) {
        return select(sales.OWNER, count(), sum(sales.AMOUNT).coerce(Double.class))
                .from(sales)
                .groupBy(sales.OWNER);
    }

    /**
     * The total per owner and day, partitioned by day: materializing partition {@code 2024-01-03} replaces
     * only that day's rows. Materialized whole (no partition key), it computes every day.
     */
    @Asset(description = "Total amount per owner and day, one partition per day")
    @DailyPartitions(column = "day", start = "2024-01-02", end = "2024-01-07")
    public static List<DailyOwnerTotal> dailyOwnerTotals(@Input("clean_sales_data") Stream<CleanSale> sales,
            AssetContext context) {
        Optional<LocalDate> day = context.partitionKey().map(LocalDate::parse);
        Map<LocalDate, Map<String, Double>> totals = sales
                .filter(sale -> day.isEmpty() || sale.day().equals(day.get()))
                .collect(Collectors.groupingBy(CleanSale::day, TreeMap::new, Collectors.groupingBy(
                        CleanSale::owner, TreeMap::new, Collectors.summingDouble(CleanSale::amount))));
        return totals.entrySet().stream()
                .flatMap(perDay -> perDay.getValue().entrySet().stream()
                        .map(perOwner -> new DailyOwnerTotal(perDay.getKey(), perOwner.getKey(), perOwner.getValue())))
                .toList();
    }

    private static RawSale parse(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException("expected 4 fields in sales.csv line: " + line);
        }
        Double amount = fields[2].isBlank() ? null : Double.valueOf(fields[2]);
        return new RawSale(Long.parseLong(fields[0]), fields[1], amount, LocalDate.parse(fields[3]));
    }
}
