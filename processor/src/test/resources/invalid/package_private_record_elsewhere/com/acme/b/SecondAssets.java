package com.acme.b;

import dev.assetflow.Asset;
import java.util.List;

public final class SecondAssets {
    @Asset
    public static List<Second> second() { return List.of(); }

    public record Second(long id) {}
}
