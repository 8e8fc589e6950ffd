// javac-options: -Aassetflow.package=com.1acme
package test;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

public final class Assets { // error: [assetflow:invalid-package] -Aassetflow.package=com.1acme is not a Java package name
    @Asset
    public static List<Row> rows() { return List.of(); }
}
