package com.acme.sales;

import dev.assetflow.AssetCheck;
import dev.assetflow.Input;
import dev.assetflow.runtime.CheckResult;
import java.util.List;

/** Checks of the sales assets, run right after the asset they check and recorded in the run history. */
public final class SalesChecks {

    private SalesChecks() {
    }

    /** Blocking: a negative amount stops the summaries from being computed from bad data. */
    @AssetCheck(asset = "clean_sales_data", blocking = true, description = "No sale has a negative amount")
    public static CheckResult noNegativeAmounts(@Input("clean_sales_data") List<OwnerAmount> sales) {
        long negative = sales.stream().filter(sale -> sale.amount() < 0).count();
        CheckResult result = negative == 0
                ? CheckResult.passed("no negative amounts in " + sales.size() + " sales")
                : CheckResult.failed(negative + " of " + sales.size() + " sales have a negative amount");
        return result.withMetadata("rows", sales.size()).withMetadata("negative", negative);
    }
}
