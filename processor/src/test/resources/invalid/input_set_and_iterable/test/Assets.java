package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

public final class Assets {
    @Asset
    public static List<Row> source() { return List.of(); }

    @Asset
    public static List<Row> fromSet(@Input("source") Set<Row> rows) { return List.of(); } // error: [assetflow:unsupported-input] @Input parameter rows has type java.util.Set<test.Row>

    @Asset
    public static List<Row> fromIterable(@Input("source") Iterable<Row> rows) { return List.of(); } // error: [assetflow:unsupported-input] @Input parameter rows has type java.lang.Iterable<test.Row>
}
