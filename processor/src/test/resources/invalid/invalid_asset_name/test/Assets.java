package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset(name = "Sales-Data") // error: [assetflow:invalid-name] ... 'Sales-Data' is not a valid SQL identifier
    public static List<Row> sales() { return List.of(); }

    @Asset(schema = "1st schema") // error: [assetflow:invalid-name] ... '1st schema' is not a valid SQL identifier
    public static List<Row> other() { return List.of(); }
}
