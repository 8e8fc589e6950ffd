package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> rawOrders() { return List.of(); }

    @Asset(deps = {"raw_orders", "raw_order"}) // error: [assetflow:unknown-dep] no asset named 'raw_order' (did you mean 'raw_orders'?): asset 'audit' lists it in deps
    public static List<Row> audit() { return List.of(); }
}
