package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static Row one() { return null; } // error: [assetflow:unsupported-return] @Asset method test.Assets#one returns test.Row

    @Asset
    public static void nothing() { } // error: [assetflow:unsupported-return] @Asset method test.Assets#nothing returns void
}
