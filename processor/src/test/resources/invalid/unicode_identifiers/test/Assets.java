package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> verkäufe() { return List.of(); } // error: [assetflow:invalid-name] ... 'verkäufe' is not a valid SQL identifier

    @Asset
    public static List<Row> 売上() { return List.of(); } // error: [assetflow:invalid-name] ... '売上' is not a valid SQL identifier
}
