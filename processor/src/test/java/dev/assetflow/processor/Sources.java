package dev.assetflow.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Short-hands for inline test sources. */
final class Sources {

    private Sources() {
    }

    /** A source file for the top-level type {@code qualifiedName}. */
    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** A record {@code test.Row(long id, String name)}. */
    static JavaFileObject row() {
        return source("test.Row", """
                package test;

                public record Row(long id, String name) {}
                """);
    }

    /** An asset class {@code test.Assets} with the given body and the usual imports. */
    static JavaFileObject assets(String body) {
        return source("test.Assets", """
                package test;

                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;
                import java.util.Set;
                import java.util.stream.Stream;

                public final class Assets {
                """ + body + "}\n");
    }
}
