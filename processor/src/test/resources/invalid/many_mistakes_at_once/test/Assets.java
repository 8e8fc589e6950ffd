package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

public final class Assets {
    @Asset
    public List<Row> instance() { return List.of(); } // error: [assetflow:not-static]

    @Asset
    static Set<Row> hiddenSet() { return Set.of(); } // error: [assetflow:not-public] // error: [assetflow:unsupported-return]

    @Asset
    public static List<Row> reader(@Input List<Row> instanse, long limit) { return List.of(); } // error: [assetflow:unknown-input] no asset named 'instanse' (did you mean 'instance'?) // error: [assetflow:not-an-input] parameter limit
}
