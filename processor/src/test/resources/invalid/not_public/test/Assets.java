package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    static List<Row> rows() { return List.of(); } // error: [assetflow:not-public] @Asset method test.Assets#rows is not public
}
