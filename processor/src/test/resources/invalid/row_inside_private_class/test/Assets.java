package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    private static final class Rows {
        public record Row(long id) {} // error: [assetflow:inaccessible-type] test.Assets.Rows.Row, used by @Asset method test.Assets#rows, is not accessible
    }

    @Asset
    public static List<Rows.Row> rows() { return List.of(); }
}
