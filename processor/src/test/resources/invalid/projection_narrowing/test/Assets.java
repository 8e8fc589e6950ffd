package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> rows() { return List.of(); }

    @Asset
    public static List<Row> copy(@Input("rows") List<Ids> ids) { return List.of(); } // error: [assetflow:incompatible-column] input ids of asset 'copy' reads column 'id' as int, but asset 'rows' stores it as long
}
