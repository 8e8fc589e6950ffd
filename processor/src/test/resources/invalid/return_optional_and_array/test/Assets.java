package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;

public final class Assets {
    @Asset
    public static Optional<Row> maybe() { return Optional.empty(); } // error: [assetflow:unsupported-return] ... returns java.util.Optional<test.Row>

    @Asset
    public static Row[] array() { return new Row[0]; } // error: [assetflow:unsupported-return] ... returns test.Row[]
}
