package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    private static final class Hidden {
        @Asset
        public static List<Row> hidden() { return List.of(); } // error: [assetflow:inaccessible-type] test.Assets.Hidden, used by @Asset method test.Assets.Hidden#hidden, is not accessible from package test
    }
}
