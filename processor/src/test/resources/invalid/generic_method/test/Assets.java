package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static <T extends Row> List<T> rows() { return List.of(); } // error: [assetflow:generic-method] @Asset method test.Assets#rows declares type parameters // error: [assetflow:not-a-record] T is not a record
}
