package test;

import dev.assetflow.Asset;

@Asset // error: not applicable
public final class Assets {
}
