package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.assets;
import static dev.assetflow.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Warnings on row types: a component whose column cannot keep all of its value compiles, with a warning on the
 * component that {@code @SuppressWarnings} silences.
 */
class RowTypeWarningsTest {

    private static final String ORDER_AT = Messages.offsetNotStored("orderedAt", "test.Order", "ordered_at");

    private static JavaFileObject order(String recordAnnotation, String componentAnnotation) {
        return source("test.Order", """
                package test;

                import java.time.OffsetDateTime;

                %s
                public record Order(
                        long id,
                        %s OffsetDateTime orderedAt) {}
                """.formatted(recordAnnotation, componentAnnotation));
    }

    /** Two assets write Order rows and one reads them: three uses of one record. */
    private static final JavaFileObject ORDER_ASSETS = assets("""
                @Asset
                public static List<Order> orders() { return List.of(); }

                @Asset
                public static List<Order> moreOrders() { return List.of(); }

                @Asset
                public static List<Order> copy(@Input("orders") List<Order> orders) { return orders; }
            """);

    @Test
    void offsetDateTimeComponentIsWarnedOnOnceHoweverManyAssetsUseItsRecord() {
        JavaFileObject order = order("", "");
        Compilation compilation = Compilations.compile(order, ORDER_ASSETS);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(ORDER_AT).inFile(order).onLine(8);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).generatedSourceFile("test.Pipeline").isNotNull();
    }

    @Test
    void messageSaysWhatIsLostAndHowToKeepOrSilenceIt() {
        assertThat(ORDER_AT).isEqualTo("[assetflow:offset-not-stored] component orderedAt of test.Order is an"
                + " OffsetDateTime, but column 'ordered_at' keeps only its instant: it reads back at offset Z, not at"
                + " the offset written (12:30+05:30 reads as 07:00Z); declare the component Instant, or keep the"
                + " offset in a column of its own, or add @SuppressWarnings(\"assetflow:offset-not-stored\")");
    }

    @Test
    void sourceAssetAndInputProjectionComponentsAreWarnedOn() {
        JavaFileObject event = source("test.Event", """
                package test;

                import dev.assetflow.SourceAsset;
                import java.time.OffsetDateTime;

                @SourceAsset(name = "events")
                public record Event(long id, OffsetDateTime happenedAt) {}
                """);
        JavaFileObject eventTime = source("test.EventTime", """
                package test;

                import java.time.OffsetDateTime;

                public record EventTime(
                        OffsetDateTime happenedAt) {}
                """);
        JavaFileObject moment = source("test.Moment", "package test;\n\npublic record Moment(long id) {}\n");
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Moment> moments(@Input("events") List<EventTime> events) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(event, eventTime, moment, assets);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(Messages.offsetNotStored("happenedAt", "test.Event",
                "happened_at")).inFile(event).onLineContaining("record Event");
        assertThat(compilation).hadWarningContaining(Messages.offsetNotStored("happenedAt", "test.EventTime",
                "happened_at")).inFile(eventTime).onLineContaining("OffsetDateTime happenedAt");
        assertThat(compilation).hadWarningCount(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assetflow:offset-not-stored", "assetflow"})
    void suppressWarningsOnTheComponentSilencesIt(String key) {
        Compilation compilation = Compilations.compile(order("", "@SuppressWarnings(\"" + key + "\")"),
                ORDER_ASSETS);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assetflow:offset-not-stored", "assetflow"})
    void suppressWarningsOnTheRecordSilencesIt(String key) {
        Compilation compilation = Compilations.compile(order("@SuppressWarnings({\"unchecked\", \"" + key + "\"})",
                ""), ORDER_ASSETS);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void suppressWarningsOnAnEnclosingClassSilencesIt() {
        JavaFileObject model = source("test.Model", """
                package test;

                import java.time.OffsetDateTime;

                @SuppressWarnings("assetflow:offset-not-stored")
                public final class Model {
                    public record Order(long id, OffsetDateTime orderedAt) {}
                }
                """);
        JavaFileObject assets = source("test.Assets", """
                package test;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class Assets {
                    @Asset
                    public static List<Model.Order> orders() { return List.of(); }
                }
                """);
        assertThat(Compilations.compile(model, assets)).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unchecked", "all", "assetflow:narrowing-decimal", "offset-not-stored"})
    void otherSuppressionsDoNotSilenceIt(String key) {
        JavaFileObject order = order("@SuppressWarnings(\"" + key + "\")", "@SuppressWarnings(\"" + key + "\")");
        Compilation compilation = Compilations.compile(order, ORDER_ASSETS);
        assertThat(compilation).hadWarningContaining(ORDER_AT).inFile(order).onLineContaining("orderedAt");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void instantComponentIsNotWarnedOn() {
        JavaFileObject order = source("test.Order", """
                package test;

                import java.time.Instant;

                public record Order(long id, Instant orderedAt) {}
                """);
        assertThat(Compilations.compile(order, ORDER_ASSETS)).succeededWithoutWarnings();
    }

    @Test
    void werrorTurnsTheWarningIntoAFailureUnlessSuppressed() {
        JavaFileObject order = order("", "");
        Compilation compilation = Compilations.compiler("-Werror").compile(order, ORDER_ASSETS);
        assertThat(compilation).failed();
        assertThat(compilation).hadWarningContaining(ORDER_AT).inFile(order).onLineContaining("orderedAt");
        assertThat(Compilations.compiler("-Werror").compile(
                order("@SuppressWarnings(\"assetflow:offset-not-stored\")", ""), ORDER_ASSETS))
                .succeededWithoutWarnings();
    }

    @Test
    void recordOfAnUpstreamModuleIsWarnedOnWhereItIsCompiledOnly(@TempDir Path modules) throws IOException {
        JavaFileObject order = source("com.shop.core.Order", """
                package com.shop.core;

                import java.time.OffsetDateTime;

                public record Order(long id, OffsetDateTime orderedAt) {}
                """);
        JavaFileObject core = source("com.shop.core.Core", """
                package com.shop.core;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class Core {
                    @Asset
                    public static List<Order> orders() { return List.of(); }
                }
                """);
        Compilation upstream = Modules.compiler(List.of()).compile(order, core);
        assertThat(upstream).hadWarningContaining(Messages.offsetNotStored("orderedAt", "com.shop.core.Order",
                "ordered_at")).inFile(order).onLineContaining("record Order");
        assertThat(upstream).hadWarningCount(1);
        Path coreClasses = Modules.writeClasses(upstream, modules.resolve("core"));

        JavaFileObject marts = source("com.shop.marts.Marts", """
                package com.shop.marts;

                import com.shop.core.Order;
                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;

                public final class Marts {
                    @Asset
                    public static List<Order> copy(@Input("orders") List<Order> orders) { return orders; }
                }
                """);
        assertThat(Modules.compiler(List.of(coreClasses)).compile(marts)).succeededWithoutWarnings();
    }
}
