package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<? extends Row> rows() { return List.of(); } // error: [assetflow:not-a-record] ? extends test.Row is not a record
}
