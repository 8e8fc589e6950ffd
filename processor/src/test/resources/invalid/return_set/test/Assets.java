package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

public final class Assets {
    @Asset
    public static Set<Row> rows() { return Set.of(); } // error: [assetflow:unsupported-return] @Asset method test.Assets#rows returns java.util.Set<test.Row>
}
