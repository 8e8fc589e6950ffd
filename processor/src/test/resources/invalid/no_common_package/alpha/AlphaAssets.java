package alpha;

import dev.assetflow.Asset;
import java.util.List;

public final class AlphaAssets { // error: [assetflow:no-common-package] assets are declared in packages alpha, beta ... set -Aassetflow.package=
    @Asset
    public static List<Row> alpha() { return List.of(); }
}
