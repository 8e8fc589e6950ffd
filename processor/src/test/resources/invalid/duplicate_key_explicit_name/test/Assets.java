package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset(name = "orders") // error: [assetflow:duplicate-key] asset key 'orders' is declared by test.Assets#first and test.Assets#orders
    public static List<Row> first() { return List.of(); }

    @Asset
    public static List<Row> orders() { return List.of(); } // error: [assetflow:duplicate-key] asset key 'orders'
}
