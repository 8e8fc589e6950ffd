package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> source() { return List.of(); }

    @Asset
    public static List<Row> fromArray(@Input("source") Row[] rows) { return List.of(); } // error: [assetflow:unsupported-input] @Input parameter rows has type test.Row[]

    @SuppressWarnings("rawtypes")
    @Asset
    public static List<Row> fromRaw(@Input("source") List rows) { return List.of(); } // error: [assetflow:unsupported-input] @Input parameter rows has type java.util.List;
}
