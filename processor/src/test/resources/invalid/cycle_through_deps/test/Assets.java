package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset(deps = "second") // error: [assetflow:cycle] asset 'first' is part of a cycle: first -> second -> first
    public static List<Row> first() { return List.of(); }

    @Asset(deps = "first") // error: [assetflow:cycle] asset 'second' is part of a cycle: second -> first -> second
    public static List<Row> second() { return List.of(); }
}
