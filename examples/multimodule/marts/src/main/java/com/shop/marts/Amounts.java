package com.shop.marts;

import java.util.List;

/** Money arithmetic of the marts: a missing amount counts as nothing; totals are rounded to cents. */
final class Amounts {

    private Amounts() {
    }

    static double total(List<OrderAmount> orders) {
        return round(orders.stream().mapToDouble(order -> order.amount() == null ? 0.0 : order.amount()).sum());
    }

    static double round(double amount) {
        return Math.round(amount * 100.0) / 100.0;
    }
}
