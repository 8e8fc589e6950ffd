package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<? extends Record> rows() { // error: [assetflow:not-a-record] ? extends java.lang.Record is not a record
        record Local(long id) {}
        return List.of(new Local(1));
    }
}
