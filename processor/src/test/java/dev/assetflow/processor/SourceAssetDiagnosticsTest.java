package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.assets;
import static dev.assetflow.processor.Sources.row;
import static dev.assetflow.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Source assets: records read by inputs with the same checks as assets, under keys of their own. */
class SourceAssetDiagnosticsTest {

    private static JavaFileObject customer(String annotation) {
        return source("test.Customer", """
                package test;

                import dev.assetflow.SourceAsset;

                %s
                public record Customer(long id, String name, @Nullable String email) {}
                """.formatted(annotation));
    }

    private static JavaFileObject nullable() {
        return source("test.Nullable", """
                package test;

                @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
                public @interface Nullable {}
                """);
    }

    private static JavaFileObject customerName() {
        return source("test.CustomerName", "package test;\n\npublic record CustomerName(long id, String name) {}\n");
    }

    @Test
    void inputReadsASourceAssetThroughAProjectionAndDepsNameIt() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> rows(@Input("erp_customers") List<CustomerName> customers) {
                        return List.of();
                    }

                    @Asset(deps = "erp_customers")
                    public static List<Row> afterCustomers() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), nullable(), customerName(),
                customer("@SourceAsset(name = \"erp_customers\", schema = \"erp\")"), assets);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void misspelledSourceKeyIsSuggested() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> rows(@Input("erp_customer") List<Customer> customers) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), nullable(),
                customer("@SourceAsset(name = \"erp_customers\")"), assets);
        assertThat(compilation).hadErrorContaining(Messages.unknownInput("erp_customer", Optional.of("erp_customers"),
                "customers", Messages.asset("rows"))).inFile(assets).onLineContaining("\"erp_customer\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void projectionOfASourceIsCheckedLikeAnAssets() {
        JavaFileObject email = source("test.Email", """
                package test;

                public record Email(long id, String email, String phone) {}
                """);
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> rows(@Input("erp_customers") Stream<Email> customers) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), nullable(), email,
                customer("@SourceAsset(name = \"erp_customers\")"), assets);
        assertThat(compilation).hadErrorContaining(Messages.nullableColumn("customers", Messages.asset("rows"), "email",
                "erp_customers", "java.lang.String")).inFile(assets).onLineContaining("Stream<Email> customers");
        assertThat(compilation).hadErrorContaining(Messages.missingColumn("customers", Messages.asset("rows"), "phone",
                "phone", "test.Email", "erp_customers", Optional.empty(), "id, name, email"))
                .inFile(assets).onLineContaining("Stream<Email> customers");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void sourceKeyMustNotBeAnAssetsKeyNorAnInvalidName() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> customers() { return List.of(); }
                """);
        JavaFileObject taken = customer("@SourceAsset(name = \"customers\")");
        Compilation compilation = Compilations.compile(row(), nullable(), taken, assets);
        assertThat(compilation).hadErrorContaining(Messages.sourceCollidesWithAsset("customers", "test.Customer",
                List.of("test.Assets#customers"))).inFile(taken).onLineContaining("@SourceAsset");
        assertThat(compilation).hadErrorCount(1);

        JavaFileObject invalid = customer("@SourceAsset(name = \"ERP Customers\", schema = \"erp-1\")");
        Compilation invalidNames = Compilations.compile(row(), nullable(), invalid, assets);
        assertThat(invalidNames).hadErrorContaining(Messages.invalidName("source asset key", "ERP Customers"))
                .inFile(invalid).onLineContaining("@SourceAsset");
        assertThat(invalidNames).hadErrorContaining(Messages.invalidName("schema", "erp-1"))
                .inFile(invalid).onLineContaining("@SourceAsset");
        assertThat(invalidNames).hadErrorCount(2);
    }

    @Test
    void twoSourcesWithOneKey() {
        JavaFileObject other = source("test.Other", """
                package test;

                @dev.assetflow.SourceAsset(name = "customers")
                public record Other(long id) {}
                """);
        JavaFileObject customer = customer("@SourceAsset(name = \"customers\")");
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), nullable(), customer, other, assets);
        String message = Messages.duplicateSourceKey("customers", List.of("test.Customer", "test.Other"));
        assertThat(compilation).hadErrorContaining(message).inFile(customer).onLineContaining("@SourceAsset");
        assertThat(compilation).hadErrorContaining(message).inFile(other).onLineContaining("@dev.assetflow.SourceAsset");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void sourceAssetMustBeARecordOfSupportedColumns() {
        JavaFileObject notARecord = source("test.Legacy", """
                package test;

                @dev.assetflow.SourceAsset(name = "legacy")
                public final class Legacy {}
                """);
        JavaFileObject badColumn = source("test.Odd", """
                package test;

                @dev.assetflow.SourceAsset(name = "odd")
                public record Odd(long id, Object payload) {}
                """);
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), notARecord, badColumn, assets);
        assertThat(compilation).hadErrorContaining(Messages.sourceNotARecord("test.Legacy"))
                .inFile(notARecord).onLineContaining("class Legacy");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedColumnType("payload", "test.Odd",
                "java.lang.Object")).inFile(badColumn).onLineContaining("Object payload");
        assertThat(compilation).hadErrorCount(2);
    }
}
