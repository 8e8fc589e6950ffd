package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> source() { return List.of(); }

    public static int count(@Input List<Row> source) { return source.size(); } // error: [assetflow:input-outside-asset] @Input on parameter source of test.Assets#count
}
