package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Reading> readings() { return List.of(); }

    @Asset
    public static List<Reading> copy(@Input("readings") Stream<Value> values) { return List.of(); } // error: [assetflow:nullable-column] input values of asset 'copy' reads nullable column 'value' of asset 'readings' into non-null double
}
