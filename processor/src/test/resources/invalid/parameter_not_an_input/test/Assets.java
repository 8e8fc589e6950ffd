package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> source() { return List.of(); }

    @Asset
    public static List<Row> limited(@Input List<Row> source, int limit) { return source; } // error: [assetflow:not-an-input] parameter limit is not an @Input
}
