package dev.assetflow.benchmarks;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The end-to-end job as an Assetflow pipeline: the sales CSV into {@code raw_sales}, cleaned into
 * {@code clean_sales}, aggregated per owner into {@code owner_totals} and per day into {@code daily_totals}.
 * Written as a user would: streams in and out, the aggregation a map.
 */
public final class SalesAssets {

    private SalesAssets() {
    }

    /** The CSV named by the system property {@code bench.salesCsv}, as delivered. */
    @Asset(description = "Sales as delivered in the CSV")
    public static Stream<RawSale> rawSales() {
        Path csv = Path.of(Objects.requireNonNull(System.getProperty("bench.salesCsv"), "bench.salesCsv"));
        try {
            return Files.lines(csv, StandardCharsets.UTF_8).skip(1).map(SalesAssets::parse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawSale parse(String line) {
        String[] fields = line.split(",", -1);
        return new RawSale(Long.parseLong(fields[0]), fields[1],
                fields[2].isEmpty() ? null : Double.valueOf(fields[2]), LocalDate.parse(fields[3]));
    }

    /** Sales with an amount, owners normalised. */
    @Asset
    public static Stream<CleanSale> cleanSales(@Input Stream<RawSale> rawSales) {
        return rawSales.map(CleanSale::of).filter(Objects::nonNull);
    }

    @Asset
    public static List<OwnerTotal> ownerTotals(@Input Stream<CleanSale> cleanSales) {
        Map<String, double[]> totals = new HashMap<>();
        cleanSales.forEach(sale -> {
            double[] t = totals.computeIfAbsent(sale.owner(), k -> new double[2]);
            t[0] += sale.amount();
            t[1]++;
        });
        return totals.entrySet().stream()
                .map(e -> new OwnerTotal(e.getKey(), e.getValue()[0], (long) e.getValue()[1])).toList();
    }

    @Asset
    public static List<DailyTotal> dailyTotals(@Input Stream<CleanSale> cleanSales) {
        Map<LocalDate, double[]> totals = new HashMap<>();
        cleanSales.forEach(sale -> {
            double[] t = totals.computeIfAbsent(sale.day(), k -> new double[2]);
            t[0] += sale.amount();
            t[1]++;
        });
        return totals.entrySet().stream()
                .map(e -> new DailyTotal(e.getKey(), e.getValue()[0], (long) e.getValue()[1])).toList();
    }
}
