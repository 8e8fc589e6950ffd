package test;

import dev.assetflow.runtime.sql.AssetTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.annotation.processing.Generated;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * The table of asset {@code clean_sales_data}: one typed field per column of {@link CleanSale}, for the queries of SQL
 * assets, which declare it as an input ({@code @Input("clean_sales_data") CleanSalesDataTable t}).
 */
@Generated("dev.assetflow.processor.AssetflowProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class CleanSalesDataTable extends TableImpl<Record> implements AssetTable<CleanSale> {
    private static final long serialVersionUID = 1L;

    /**
     * Column {@code id BIGINT NOT NULL}.
     */
    public final TableField<Record, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this, "");

    /**
     * Column {@code owner VARCHAR NOT NULL}.
     */
    public final TableField<Record, String> OWNER = createField(DSL.name("owner"), SQLDataType.VARCHAR.nullable(false), this, "");

    /**
     * Column {@code amount DOUBLE NOT NULL}.
     */
    public final TableField<Record, Double> AMOUNT = createField(DSL.name("amount"), SQLDataType.DOUBLE.nullable(false), this, "");

    /**
     * Column {@code day DATE NOT NULL}.
     */
    public final TableField<Record, LocalDate> DAY = createField(DSL.name("day"), SQLDataType.LOCALDATE.nullable(false), this, "");

    /**
     * Column {@code units INTEGER NULL}.
     */
    public final TableField<Record, Integer> UNITS = createField(DSL.name("units"), SQLDataType.INTEGER, this, "");

    /**
     * Column {@code price DECIMAL(12,2) NOT NULL}.
     */
    public final TableField<Record, BigDecimal> PRICE = createField(DSL.name("price"), SQLDataType.DECIMAL(12, 2).nullable(false), this, "");

    private CleanSalesDataTable(Name name, Schema schema, Table<Record> aliased) {
        super(name, schema, aliased);
    }

    /**
     * The table named {@code name}: the asset key, qualified by its schema when the name is
     * qualified. The runtime passes SQL assets their inputs this way.
     */
    public static CleanSalesDataTable at(Name name) {
        return new CleanSalesDataTable(name.unqualifiedName(), name.qualified() ? DSL.schema(name.qualifier()) : null, null);
    }

    @Override
    public CleanSalesDataTable as(String alias) {
        return new CleanSalesDataTable(DSL.name(alias), null, this);
    }

    @Override
    public CleanSalesDataTable as(Name alias) {
        return new CleanSalesDataTable(alias, null, this);
    }

    @Override
    public CleanSalesDataTable as(Table<?> alias) {
        return new CleanSalesDataTable(alias.getUnqualifiedName(), null, this);
    }
}
