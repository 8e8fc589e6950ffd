package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.InputDefinition;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.InMemoryIOManager;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated code: row writers and readers, the asset graph, and a materialization in memory. */
class GeneratedCodeRunTest {

    private static CompiledClasses types;
    private static CompiledClasses sales;

    @BeforeAll
    static void compile() {
        Compilation typesCompilation = Compilations.compile(TypesSources.all());
        // its one warning, on Everything's OffsetDateTime component, does not stop the code being generated
        assertThat(typesCompilation).succeeded();
        assertThat(typesCompilation).hadWarningContaining(Messages.offsetNotStored("offset",
                "com.acme.types.Everything", "offset")).inFile(TypesSources.EVERYTHING)
                .onLineContaining("OffsetDateTime offset");
        assertThat(typesCompilation).hadWarningCount(1);
        types = new CompiledClasses(typesCompilation);
        Compilation salesCompilation = Compilations.compile(SalesSources.all());
        assertThat(salesCompilation).succeededWithoutWarnings();
        sales = new CompiledClasses(salesCompilation);
    }

    private static AssetGraph graph(CompiledClasses classes, String pipeline) throws ReflectiveOperationException {
        return (AssetGraph) classes.invokeStatic(pipeline, "graph");
    }

    @SuppressWarnings("unchecked")
    private static RowType<Object> rowType(AssetGraph graph, String key) {
        return (RowType<Object>) graph.require(key).rowType();
    }

    @Test
    void columnsFollowTheComponentsInOrder() throws Exception {
        RowType<Object> rowType = rowType(graph(types, "com.acme.types.Pipeline"), "everything");
        assertThat(rowType.javaType()).isEqualTo("com.acme.types.Everything");
        assertThat(rowType.columns()).containsExactly(
                Column.of("flag", ColumnType.BOOLEAN, false),
                Column.of("tiny", ColumnType.TINYINT, false),
                Column.of("small", ColumnType.SMALLINT, false),
                Column.of("count", ColumnType.INTEGER, false),
                Column.of("id", ColumnType.BIGINT, false),
                Column.of("ratio", ColumnType.REAL, false),
                Column.of("amount", ColumnType.DOUBLE, false),
                Column.of("boxed_flag", ColumnType.BOOLEAN, true),
                Column.of("boxed_tiny", ColumnType.TINYINT, true),
                Column.of("boxed_small", ColumnType.SMALLINT, true),
                Column.of("boxed_count", ColumnType.INTEGER, true),
                Column.of("boxed_id", ColumnType.BIGINT, true),
                Column.of("boxed_ratio", ColumnType.REAL, true),
                Column.of("boxed_amount", ColumnType.DOUBLE, true),
                Column.decimal("price", false, 12, 2),
                Column.decimal("rate", true, 38, 10),
                Column.of("name", ColumnType.VARCHAR, false),
                Column.of("day", ColumnType.DATE, false),
                Column.of("time", ColumnType.TIME, false),
                Column.of("stamp", ColumnType.TIMESTAMP, false),
                Column.of("instant", ColumnType.TIMESTAMP_TZ, false),
                Column.of("offset", ColumnType.TIMESTAMP_TZ, false),
                Column.of("uuid", ColumnType.UUID, false),
                Column.of("payload", ColumnType.BLOB, false),
                Column.of("color", ColumnType.VARCHAR, false),
                Column.of("maybe_color", ColumnType.VARCHAR, true),
                Column.of("note", ColumnType.VARCHAR, true));
    }

    @Test
    void writerAndReaderRoundTripEveryType() throws Exception {
        RowType<Object> rowType = rowType(graph(types, "com.acme.types.Pipeline"), "everything");
        for (String factory : List.of("full", "sparse")) {
            Object row = types.invokeStatic("com.acme.types.TypeAssets", factory);
            RecordingSink sink = new RecordingSink();
            rowType.writer().write(row, sink);
            assertThat(sink.values).hasSize(rowType.columns().size());
            Object read = rowType.reader().read(new ListRowSource(sink.values));
            assertSameComponents(read, row);
        }
    }

    @Test
    void writerUsesTypedPutsNullForBoxesAndNamesForEnums() throws Exception {
        RowType<Object> rowType = rowType(graph(types, "com.acme.types.Pipeline"), "everything");
        RecordingSink sink = new RecordingSink();
        rowType.writer().write(types.invokeStatic("com.acme.types.TypeAssets", "sparse"), sink);
        assertThat(sink.calls).containsExactly("putBoolean", "putByte", "putShort", "putInt", "putLong", "putFloat",
                "putDouble", "putNull", "putNull", "putNull", "putNull", "putNull", "putNull", "putNull",
                "putDecimal", "putDecimal", "putString", "putDate", "putTime", "putTimestamp", "putInstant",
                "putOffsetDateTime", "putUuid", "putBytes", "putString", "putString", "putString");
        assertThat(sink.values.subList(24, 27)).containsExactly("RED", null, null);
        assertThat(sink.values.get(15)).isNull();
    }

    @Test
    void graphCarriesKeysSettingsInputsAndCodeVersions() throws Exception {
        AssetGraph graph = graph(types, "com.acme.types.Pipeline");
        assertThat(graph.keys()).containsExactlyInAnyOrder("everything", "narrow");
        AssetDefinition<?> everything = graph.require("everything");
        assertThat(everything.description()).isEqualTo("One row of every type");
        assertThat(everything.schema()).contains("types");
        assertThat(everything.group()).isEqualTo("types");
        assertThat(everything.io()).isEqualTo("default");
        assertThat(everything.method()).isEqualTo("com.acme.types.TypeAssets#everything");
        assertThat(everything.codeVersion()).matches("[0-9a-f]{16}");
        AssetDefinition<?> narrow = graph.require("narrow");
        assertThat(narrow.deps()).containsExactly("everything");
        InputDefinition<?> input = narrow.inputs().get(0);
        assertThat(input.upstream()).isEqualTo("everything");
        assertThat(input.parameter()).isEqualTo("rows");
        assertThat(input.rowType().columns()).extracting(Column::name)
                .containsExactly("count", "ratio", "color", "boxed_count");
        assertThat(input.rowType().columns()).extracting(Column::type)
                .containsExactly(ColumnType.BIGINT, ColumnType.DOUBLE, ColumnType.VARCHAR, ColumnType.BIGINT);
        assertThat(narrow.codeVersion()).isNotEqualTo(everything.codeVersion());
        AssetKey<?> key = (AssetKey<?>) types.staticField("com.acme.types.Pipeline", "NARROW");
        assertThat(key.name()).isEqualTo("narrow");
    }

    @Test
    void projectionWithWideningMaterializesInMemory() throws Exception {
        InMemoryIOManager io = new InMemoryIOManager();
        Materializer.Builder builder = (Materializer.Builder) types.invokeStatic("com.acme.types.Pipeline",
                "materializer");
        try (Materializer materializer = builder.ioManager("default", io).parallelism(1).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.isSuccess()).as(result.toString()).isTrue();
            assertThat(result.asset("everything").orElseThrow().rows()).isEqualTo(2);
            List<?> narrow = materializer.load(AssetKey.of("narrow"));
            assertThat(narrow).extracting(Object::toString).containsExactly(
                    "Narrow[count=3, ratio=5.5, color=GREEN, boxedCount=-3]",
                    "Narrow[count=7, ratio=0.0, color=RED, boxedCount=null]");
        }
    }

    @Test
    void salesExampleMaterializesInMemory() throws Exception {
        InMemoryIOManager io = new InMemoryIOManager();
        Materializer.Builder builder = (Materializer.Builder) sales.invokeStatic("com.acme.sales.Pipeline",
                "materializer");
        try (Materializer materializer = builder.ioManager("default", io).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.isSuccess()).as(result.toString()).isTrue();
            assertThat(result.asset("raw_sales_data").orElseThrow().rows()).isEqualTo(3);
            assertThat(result.asset("clean_sales_data").orElseThrow().rows()).isEqualTo(2);
            AssetKey<?> summary = (AssetKey<?>) sales.staticField("com.acme.sales.Pipeline", "SALES_SUMMARY");
            assertThat(materializer.load(summary)).extracting(Object::toString)
                    .containsExactly("OwnerTotal[owner=ann, total=15.5]");
        }
    }

    @Test
    void materializeAllAndMaterializeUseTheUrlFromTheEnvironment(@TempDir Path directory) throws Exception {
        String previous = System.getProperty("assetflow.url");
        System.setProperty("assetflow.url", "jdbc:duckdb:" + directory.resolve("warehouse.duckdb"));
        try {
            MaterializeResult all = (MaterializeResult) sales.invokeStatic("com.acme.sales.Pipeline",
                    "materializeAll");
            assertThat(all.isSuccess()).as(all.toString()).isTrue();
            assertThat(all.materialized()).extracting(AssetResult::key)
                    .containsExactlyInAnyOrder("raw_sales_data", "clean_sales_data", "sales_summary");

            AssetKey<?> summary = (AssetKey<?>) sales.staticField("com.acme.sales.Pipeline", "SALES_SUMMARY");
            Method materialize = sales.loadClass("com.acme.sales.Pipeline").getMethod("materialize", AssetKey[].class);
            MaterializeResult one = (MaterializeResult) materialize.invoke(null, (Object) new AssetKey<?>[] {summary});
            assertThat(one.materialized()).extracting(AssetResult::key).containsExactly("sales_summary");
            assertThat(one.asset("sales_summary").orElseThrow().rows()).isEqualTo(1);
        } finally {
            if (previous == null) {
                System.clearProperty("assetflow.url");
            } else {
                System.setProperty("assetflow.url", previous);
            }
        }
    }

    @Test
    void materializeStaleRunsOnlyWhatIsNew(@TempDir Path directory) throws Exception {
        String previous = System.getProperty("assetflow.url");
        System.setProperty("assetflow.url", "jdbc:duckdb:" + directory.resolve("stale.duckdb"));
        try {
            MaterializeResult first = (MaterializeResult) sales.invokeStatic("com.acme.sales.Pipeline",
                    "materializeStale");
            assertThat(first.materialized()).extracting(AssetResult::key)
                    .containsExactlyInAnyOrder("raw_sales_data", "clean_sales_data", "sales_summary");
            MaterializeResult second = (MaterializeResult) sales.invokeStatic("com.acme.sales.Pipeline",
                    "materializeStale");
            assertThat(second.materialized()).isEmpty();
        } finally {
            if (previous == null) {
                System.clearProperty("assetflow.url");
            } else {
                System.setProperty("assetflow.url", previous);
            }
        }
    }

    @Test
    void mainIsAPublicStaticEntryPoint() throws Exception {
        Method main = sales.loadClass("com.acme.sales.Pipeline").getMethod("main", String[].class);
        assertThat(java.lang.reflect.Modifier.isStatic(main.getModifiers())).isTrue();
        assertThat(main.getReturnType()).isEqualTo(void.class);
    }

    private static void assertSameComponents(Object actual, Object expected) throws ReflectiveOperationException {
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            Object actualValue = component.getAccessor().invoke(actual);
            Object expectedValue = component.getAccessor().invoke(expected);
            assertThat(actualValue).as(component.getName()).isEqualTo(expectedValue);
        }
    }
}
