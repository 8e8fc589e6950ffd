package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> source() { return List.of(); }

    @Asset
    public static List<Row> objects(@Input("source") List<Object> rows) { return List.of(); } // error: [assetflow:not-a-record] java.lang.Object is not a record
}
