package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> orders() { return List.of(); }

    @Asset
    public static List<Row> report(@Input List<Row> customerAddresses) { // error: [assetflow:unknown-input] no asset named 'customer_addresses': parameter customerAddresses
        return customerAddresses;
    }
}
