package dev.assetflow.runtime;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.internal.Rows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A mixed Java/SQL pipeline, defined by hand as the processor generates it: raw_sales (Java) -> owner_totals
 * (SQL: the total per owner, computed in the database) -> big_owners (Java, reading the SQL asset's table).
 */
public final class SqlSalesGraph {

    public static final Field<String> OWNER = field(name("owner"), String.class);
    public static final Field<Double> AMOUNT = field(name("amount"), Double.class);
    public static final Field<Long> ID = field(name("id"), Long.class);

    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    public List<Sale> rawRows = List.of(new Sale(1, "ann", 10.0, SalesGraph.DAY), new Sale(2, "bob", null, SalesGraph.DAY),
            new Sale(3, "ann", 5.0, SalesGraph.DAY), new Sale(4, "cid", 7.5, SalesGraph.DAY));
    public String rawIo = "default";

    public AssetDefinition<Sale> raw() {
        return AssetDefinition.builder("raw_sales", Sale.ROW_TYPE).io(rawIo).computation(in -> {
            calls.add("raw_sales");
            return Rows.of(rawRows);
        }).build();
    }

    /** {@code select owner, sum(coalesce(amount, 0)) from raw_sales group by owner}. */
    public AssetDefinition<OwnerTotal> totals() {
        return AssetDefinition.builder("owner_totals", OwnerTotal.ROW_TYPE).codeVersion("v1")
                .input("raw_sales", "sales", Sale.ROW_TYPE)
                .sql(tables -> {
                    calls.add("owner_totals");
                    Table<?> sales = table(tables.table(0));
                    return select(OWNER, sum(coalesce(AMOUNT, inline(0.0))).coerce(Double.class))
                            .from(sales).groupBy(OWNER);
                })
                .method("test.SqlAssets#ownerTotals")
                .build();
    }

    /**
     * The same asset whose query fails at the row with id 3, after it has produced the rows before it: in
     * PostgreSQL a division by zero, in DuckDB a failed cast, both raised while the statement executes.
     */
    public AssetDefinition<OwnerTotal> failingTotals(boolean postgres) {
        return AssetDefinition.builder("owner_totals", OwnerTotal.ROW_TYPE).codeVersion("v2")
                .input("raw_sales", "sales", Sale.ROW_TYPE)
                .sql(tables -> select(OWNER, postgres
                        ? inline(1.0).div(ID.minus(inline(3L)).coerce(Double.class))
                        : field("cast(case when {0} = 3 then 'x' else '1' end as double)", Double.class, ID))
                        .from(table(tables.table(0))))
                .method("test.SqlAssets#ownerTotals")
                .build();
    }

    /** A Java asset reading the SQL asset's table. */
    public AssetDefinition<OwnerTotal> bigOwners() {
        return AssetDefinition.builder("big_owners", OwnerTotal.ROW_TYPE)
                .input("owner_totals", "totals", OwnerTotal.ROW_TYPE)
                .computation(in -> {
                    calls.add("big_owners");
                    return in.stream(0, OwnerTotal.ROW_TYPE).filter(total -> total.total() >= 7.5);
                }).build();
    }

    /**
     * A SQL check of owner_totals: the owners whose total is below {@code minimum} are its failing rows, counted
     * in the database.
     */
    public AssetCheckDefinition atLeast(double minimum) {
        return AssetCheckDefinition.builder("at_least_" + (long) minimum, "owner_totals").blocking(true)
                .input("owner_totals", "totals", OwnerTotal.ROW_TYPE)
                .sql(tables -> select(OWNER).from(table(tables.table(0)))
                        .where(field(name("total"), Double.class).lt(inline(minimum))))
                .method("test.SqlChecks#atLeast")
                .build();
    }

    public static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    public static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    public static final Partitions DAILY = Partitions.daily("day", "2024-01-01", "2024-01-05");

    /** Daily raw sales of two days, each partition written with its rows; amounts are {@code factor} times. */
    public static AssetDefinition<Sale> dailyRaw(AtomicReference<Double> factor) {
        return AssetDefinition.builder("raw_sales", Sale.ROW_TYPE).partitions(DAILY).computation(in -> {
            LocalDate day = LocalDate.parse(in.context().partitionKey().orElseThrow());
            List<Sale> rows = List.of(new Sale(1, "ann", 10.0 * factor.get(), JAN_1), new Sale(2, "bob", null, JAN_1),
                    new Sale(3, "ann", 5.0 * factor.get(), JAN_2));
            return Rows.of(rows.stream().filter(sale -> sale.day().equals(day)).toList());
        }).build();
    }

    /**
     * {@code select id, owner, coalesce(amount, 0), day from raw_sales}, partitioned like its input; with
     * {@code wrongDay}, every row lands a day later, outside the partition.
     */
    public static AssetDefinition<Sale> dailyClean(boolean wrongDay) {
        Field<LocalDate> day = field(name("day"), LocalDate.class);
        return AssetDefinition.builder("clean_sales", Sale.ROW_TYPE).partitions(DAILY)
                .input("raw_sales", "raw", Sale.ROW_TYPE)
                .sql(tables -> select(ID, OWNER, coalesce(AMOUNT, inline(0.0)), wrongDay ? day.plus(inline(1)) : day)
                        .from(table(tables.table(0))))
                .method("test.SqlAssets#cleanSales")
                .build();
    }

    public AssetGraph graph() {
        return AssetGraph.of(List.of(raw(), totals(), bigOwners()));
    }
}
