package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;

public final class Assets {
    @Asset
    public static List<Row> source() { return List.of(); }

    @Asset
    public static List<Row> maybe(@Input("source") Optional<Row> row) { return List.of(); } // error: [assetflow:unsupported-input] @Input parameter row has type java.util.Optional<test.Row>

    @Asset
    public static List<Row> wildcard(@Input("source") List<? extends Row> rows) { return List.of(); } // error: [assetflow:not-a-record] ? extends test.Row is not a record
}
