package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    public class Inner {
        @Asset
        public List<Row> rows() { return List.of(); } // error: [assetflow:not-static] @Asset method test.Assets.Inner#rows is not static
    }
}
