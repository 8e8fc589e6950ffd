package dev.assetflow.benchmarks;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jooq.Record3;
import org.jooq.Select;

/** The same aggregation twice: as a SQL asset (run in the database) and as a Java asset reading a Stream. */
public final class SqlBenchAssets {

    private SqlBenchAssets() {
    }

    /** Sales and total per owner, computed inside the database. */
    @Asset(description = "Sales and total per owner, as a SQL asset", row = OwnerSum.class)
    public static Select<Record3<String, Integer, Double>> sqlOwnerSums(
            @Input("sql_bench_sales") SqlBenchSalesTable sales) {
        return select(sales.OWNER, count(), sum(sales.AMOUNT).coerce(Double.class)).from(sales).groupBy(sales.OWNER);
    }

    /** The same, in Java: every row streamed from the database into records. */
    @Asset(description = "Sales and total per owner, as a Java asset")
    public static List<OwnerSum> javaOwnerSums(@Input("sql_bench_sales") Stream<BenchSale> sales) {
        Map<String, double[]> sums = new TreeMap<>();
        sales.forEach(sale -> {
            double[] sum = sums.computeIfAbsent(sale.owner(), owner -> new double[2]);
            sum[0]++;
            sum[1] += sale.amount();
        });
        List<OwnerSum> rows = new ArrayList<>(sums.size());
        sums.forEach((owner, sum) -> rows.add(new OwnerSum(owner, (long) sum[0], sum[1])));
        return rows;
    }
}
