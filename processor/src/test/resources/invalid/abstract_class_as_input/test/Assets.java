package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> rows() { return List.of(); }

    @Asset
    public static List<Row> copy(@Input("rows") List<Base> rows) { return List.of(); } // error: [assetflow:not-a-record] test.Base is not a record; the rows of @Input parameter rows
}
