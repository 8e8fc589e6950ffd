package com.shop.marts;

import com.shop.core.Customer;
import dev.assetflow.Asset;
import dev.assetflow.AssetCheck;
import dev.assetflow.Input;
import dev.assetflow.runtime.CheckResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Revenue marts over the core module's orders and customers. */
public final class MartsAssets {

    private MartsAssets() {
    }

    /** Sums each customer's orders (a missing amount counts as nothing) and adds the customer's region. */
    @Asset(description = "Revenue and order count per customer, with the customer's region")
    public static List<CustomerRevenue> customerRevenue(@Input("orders") List<OrderAmount> orders,
            @Input List<Customer> customers) {
        Map<String, String> regions = customers.stream()
                .collect(Collectors.toMap(Customer::customer, Customer::region));
        Map<String, List<OrderAmount>> byCustomer = orders.stream()
                .collect(Collectors.groupingBy(OrderAmount::customer, TreeMap::new, Collectors.toList()));
        return byCustomer.entrySet().stream()
                .map(e -> new CustomerRevenue(e.getKey(), regions.getOrDefault(e.getKey(), "unknown"),
                        Amounts.total(e.getValue()), e.getValue().size()))
                .toList();
    }

    /** Sums the customers' revenue per region. */
    @Asset(description = "Revenue per region")
    public static List<RegionRevenue> regionRevenue(@Input List<CustomerRevenue> customerRevenue) {
        Map<String, Double> byRegion = customerRevenue.stream().collect(Collectors.groupingBy(
                CustomerRevenue::region, TreeMap::new, Collectors.summingDouble(CustomerRevenue::revenue)));
        return byRegion.entrySet().stream().map(e -> new RegionRevenue(e.getKey(), Amounts.round(e.getValue())))
                .toList();
    }

    /** No customer has a negative revenue. */
    @AssetCheck(asset = "customer_revenue", description = "No customer has a negative revenue")
    public static CheckResult noNegativeRevenue(@Input List<CustomerRevenue> customerRevenue) {
        long negative = customerRevenue.stream().filter(revenue -> revenue.revenue() < 0).count();
        return negative == 0 ? CheckResult.passed("no negative revenue")
                : CheckResult.failed(negative + " customers with a negative revenue");
    }
}
