package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;

/** The runtime and JDK types generated code refers to. */
final class RuntimeTypes {

    private static final String RUNTIME = "dev.assetflow.runtime";

    static final ClassName ASSET_KEY = ClassName.get(RUNTIME, "AssetKey");
    static final ClassName ASSET_GRAPH = ClassName.get(RUNTIME, "AssetGraph");
    static final ClassName ASSET_DEFINITION = ClassName.get(RUNTIME, "AssetDefinition");
    static final ClassName SCHEMA_POLICY = ClassName.get(RUNTIME + ".io", "SchemaPolicy");
    static final ClassName ROW_TYPE = ClassName.get(RUNTIME + ".io", "RowType");
    static final ClassName COLUMN = ClassName.get(RUNTIME + ".io", "Column");
    static final ClassName COLUMN_TYPE = ClassName.get(RUNTIME + ".io", "ColumnType");
    static final ClassName ROWS = ClassName.get(RUNTIME + ".internal", "Rows");
    static final ClassName MATERIALIZER = ClassName.get(RUNTIME, "Materializer");
    static final ClassName MATERIALIZER_BUILDER = MATERIALIZER.nestedClass("Builder");
    static final ClassName MATERIALIZE_RESULT = ClassName.get(RUNTIME, "MaterializeResult");
    static final ClassName PARTITIONS = ClassName.get(RUNTIME, "Partitions");
    static final ClassName ASSET_CHECK_DEFINITION = ClassName.get(RUNTIME, "AssetCheckDefinition");
    static final ClassName PIPELINE_CLI = ClassName.get(RUNTIME + ".cli", "PipelineCli");

    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName ENUM = ClassName.get("java.lang", "Enum");
    static final ClassName CLASS = ClassName.get("java.lang", "Class");
    static final ClassName STRING = ClassName.get("java.lang", "String");
    static final ClassName SYSTEM = ClassName.get("java.lang", "System");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {
    }
}
