package beta;

import dev.assetflow.Asset;
import java.util.List;

public final class BetaAssets {
    @Asset
    public static List<alpha.Row> beta() { return List.of(); }
}
