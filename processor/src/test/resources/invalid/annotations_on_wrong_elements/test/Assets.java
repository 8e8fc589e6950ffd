package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset // error: not applicable
    public static final List<Row> FIELD = List.of();

    @Asset
    public static List<Row> rows() { return List.of(); }

    @Input // error: not applicable
    public static final List<Row> ALSO_FIELD = List.of();
}
