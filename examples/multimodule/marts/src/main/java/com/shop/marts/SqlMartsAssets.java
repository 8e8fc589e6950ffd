package com.shop.marts;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import com.shop.core.CustomerOrders;
import com.shop.core.CustomerOrdersTable;
import com.shop.core.CustomersTable;
import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import org.jooq.Record3;
import org.jooq.Select;

/**
 * Marts over the core module's SQL asset {@code customer_orders}: one computed in the database, from the tables
 * the core module's jar brings ({@link CustomerOrdersTable}, {@link CustomersTable}), one in Java, from its rows.
 */
public final class SqlMartsAssets {

    private SqlMartsAssets() {
    }

    /** Joins core's SQL asset {@code customer_orders} with core's Java asset {@code customers}, in the database. */
    @Asset(description = "Customers and revenue per region, computed in the database", row = RegionSales.class)
    public static Select<Record3<String, Integer, Double>> regionSales(@Input CustomerOrdersTable customerOrders,
            @Input CustomersTable customers) {
        return select(customers.REGION, count(), round(sum(customerOrders.REVENUE), 2).coerce(Double.class))
                .from(customerOrders)
                .join(customers).on(customers.CUSTOMER.eq(customerOrders.CUSTOMER))
                .groupBy(customers.REGION);
    }

    /** Reads the rows of core's SQL asset {@code customer_orders} like those of any asset. */
    @Asset(description = "Customers who ordered more than once")
    public static List<CustomerOrders> repeatCustomers(@Input List<CustomerOrders> customerOrders) {
        return customerOrders.stream().filter(customer -> customer.orders() > 1).toList();
    }
}
