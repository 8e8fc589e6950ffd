package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> a(@Input("c") List<Row> fromC) { return fromC; } // error: [assetflow:cycle] asset 'a' is part of a cycle: a -> b -> c -> a

    @Asset
    public static List<Row> b(@Input("a") List<Row> fromA) { return fromA; } // error: [assetflow:cycle] asset 'b' is part of a cycle: b -> c -> a -> b

    @Asset
    public static List<Row> c(@Input("b") List<Row> fromB) { return fromB; } // error: [assetflow:cycle] asset 'c' is part of a cycle: c -> a -> b -> c
}
