package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> salesData() { return List.of(); } // error: [assetflow:duplicate-key] asset key 'sales_data' is declared by

    @SuppressWarnings("checkstyle:MethodName")
    @Asset
    public static List<Row> sales_data() { return List.of(); } // error: [assetflow:duplicate-key] asset key 'sales_data' is declared by
}
