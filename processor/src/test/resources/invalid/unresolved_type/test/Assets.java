package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Missing> rows() { return List.of(); } // error: cannot find symbol ... Missing // error: [assetflow:unresolved-type] @Asset method test.Assets#rows was not processed
}
