package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets {
    @Asset
    public static List<Row> customerLifetimeValueAggregatedAcrossEveryRegionAndEverySalesChannelForTheFiscalYear() { return List.of(); } // error: [assetflow:invalid-name] ... is not a valid SQL identifier ... at most 63 characters
}
