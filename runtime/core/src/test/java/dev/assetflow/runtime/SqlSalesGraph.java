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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    public AssetGraph graph() {
        return AssetGraph.of(List.of(raw(), totals(), bigOwners()));
    }
}
