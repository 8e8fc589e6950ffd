package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> rows(@Input List<Row> rows) { return rows; } // error: [assetflow:cycle] asset 'rows' is part of a cycle: rows -> rows
}
