package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @SuppressWarnings("rawtypes")
    @Asset
    public static List rows() { return List.of(); } // error: [assetflow:unsupported-return] @Asset method test.Assets#rows returns java.util.List;
}
