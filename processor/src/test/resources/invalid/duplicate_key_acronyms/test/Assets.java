package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> parseHTTPLog() { return List.of(); } // error: [assetflow:duplicate-key] asset key 'parse_http_log'

    @Asset
    public static List<Row> parseHttpLog() { return List.of(); } // error: [assetflow:duplicate-key] asset key 'parse_http_log'
}
