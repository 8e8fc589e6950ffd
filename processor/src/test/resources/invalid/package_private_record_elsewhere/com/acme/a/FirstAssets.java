package com.acme.a;

import dev.assetflow.Asset;
import java.util.List;

public final class FirstAssets {
    @Asset
    public static List<HiddenRow> first() { return List.of(); }
}
