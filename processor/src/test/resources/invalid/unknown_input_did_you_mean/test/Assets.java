package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> cleanSalesData() { return List.of(); }

    @Asset
    public static List<Row> salesSummary(@Input("clean_sale_data") Stream<Row> sales) { // error: [assetflow:unknown-input] no asset named 'clean_sale_data' (did you mean 'clean_sales_data'?) ... parameter sales of asset 'sales_summary'
        return List.of();
    }
}
