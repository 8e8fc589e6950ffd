package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> rows() { return List.of(); }

    @Asset
    public static List<Row> copy(@Input("rows") List<Names> names) { return List.of(); } // error: [assetflow:missing-column] input names of asset 'copy' reads column 'nme' ... (did you mean 'name'?); its columns are: id, name
}
