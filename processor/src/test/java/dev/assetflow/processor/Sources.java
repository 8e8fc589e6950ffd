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

    /** A record {@code test.Sale} with a column of every type a partition may (or may not) use. */
    static JavaFileObject sale() {
        return source("test.Sale", """
                package test;

                import java.time.LocalDate;
                import java.time.LocalDateTime;

                public record Sale(long id, String region, LocalDate day, LocalDateTime soldAt, Color color, int units) {
                    public enum Color { RED, GREEN }
                }
                """);
    }

    /**
     * An asset class {@code test.Assets} with the given body and the imports of every Assetflow annotation,
     * {@code AssetContext} and {@code CheckResult}.
     */
    static JavaFileObject orchestrated(String body) {
        return source("test.Assets", """
                package test;

                import dev.assetflow.Asset;
                import dev.assetflow.AssetCheck;
                import dev.assetflow.DailyPartitions;
                import dev.assetflow.Input;
                import dev.assetflow.MonthlyPartitions;
                import dev.assetflow.Resource;
                import dev.assetflow.Retry;
                import dev.assetflow.StaticPartitions;
                import dev.assetflow.runtime.AssetContext;
                import dev.assetflow.runtime.CheckResult;
                import java.util.List;
                import java.util.Map;
                import java.util.stream.Stream;

                public final class Assets {
                """ + body + "}\n");
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
