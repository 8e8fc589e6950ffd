package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public List<Row> rows() { return List.of(); } // error: [assetflow:not-static] @Asset method test.Assets#rows is not static
}
