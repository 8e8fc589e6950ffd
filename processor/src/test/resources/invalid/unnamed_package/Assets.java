import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> orders() { return List.of(); }

    @Asset
    public static List<Row> totals(@Input("order") List<Row> orders) { return orders; } // error: [assetflow:unknown-input] no asset named 'order' (did you mean 'orders'?)
}
