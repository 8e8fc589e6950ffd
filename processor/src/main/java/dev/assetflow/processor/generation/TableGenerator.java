package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.ValueType;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates the jOOQ table of one asset or source asset, as jOOQ's code generator would from a live database but
 * from the row record: {@code CleanSalesDataTable extends TableImpl<Record> implements AssetTable<CleanSale>} with
 * one typed {@code TableField} per column ({@code ID}, {@code OWNER}, ...), so the queries of SQL assets are
 * checked by javac. The runtime places it with {@code at(Name)}, qualified by the schema its IO manager uses.
 */
public final class TableGenerator {

    /** The class the processor needs on the class path to generate tables. */
    public static final String TABLE_IMPL = "org.jooq.impl.TableImpl";
    /** The marker interface of generated tables. */
    public static final String ASSET_TABLE = "dev.assetflow.runtime.sql.AssetTable";

    private static final ClassName TABLE_IMPL_CLASS = ClassName.get("org.jooq.impl", "TableImpl");
    private static final ClassName TABLE = ClassName.get("org.jooq", "Table");
    private static final ClassName TABLE_FIELD = ClassName.get("org.jooq", "TableField");
    private static final ClassName RECORD = ClassName.get("org.jooq", "Record");
    private static final ClassName NAME = ClassName.get("org.jooq", "Name");
    private static final ClassName SCHEMA = ClassName.get("org.jooq", "Schema");
    private static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
    private static final ClassName SQL_DATA_TYPE = ClassName.get("org.jooq.impl", "SQLDataType");
    private static final ClassName ASSET_TABLE_CLASS = ClassName.get("dev.assetflow.runtime.sql", "AssetTable");

    private TableGenerator() {
    }

    /** The table class of asset {@code key} declared in {@code packageName}: {@code clean_sales_data -> CleanSalesDataTable}. */
    public static ClassName className(String packageName, String key) {
        String camel = DefinitionsGenerator.camelCase(key);
        return ClassName.get(packageName, Character.toUpperCase(camel.charAt(0)) + camel.substring(1) + "Table");
    }

    /** Whether every column of {@code rowType} has a field type: a table can be generated. */
    public static boolean supports(RowTypeModel rowType) {
        return !rowType.isGeneric() && !rowType.columns().isEmpty()
                && rowType.columns().stream().allMatch(column -> column.valueType().isPresent());
    }

    /** The table class of asset {@code key}, whose rows are {@code rowType}. */
    public static GeneratedType generate(ClassName name, String key, RowTypeModel rowType,
            List<? extends Element> originating) {
        ClassName self = name;
        ClassName record = ClassName.get(rowType.element());
        TypeName tableOfRecord = ParameterizedTypeName.get(TABLE, RECORD);
        TypeSpec.Builder type = TypeSpec.classBuilder(name.simpleName())
                .addJavadoc("The table of asset {@code $L}: one typed field per column of {@link $T}, for the queries of SQL\n"
                        + "assets, which declare it as an input ({@code @Input(\"$L\") $L t}).\n", key, record, key,
                        name.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(TABLE_IMPL_CLASS, RECORD))
                .addSuperinterface(ParameterizedTypeName.get(ASSET_TABLE_CLASS, record))
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build());
        for (ColumnModel column : rowType.columns()) {
            ValueType value = column.requireValueType();
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(TABLE_FIELD, RECORD, javaType(value)),
                            fieldName(column), Modifier.PUBLIC, Modifier.FINAL)
                    .addJavadoc("Column {@code $L}.\n", column.describe())
                    .initializer("createField($T.name($S), $L, this, $S)", DSL, column.name(), dataType(column), "")
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(NAME, "name")
                .addParameter(SCHEMA, "schema")
                .addParameter(tableOfRecord, "aliased")
                .addStatement("super(name, schema, aliased)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("at")
                .addJavadoc("The table named {@code name}: the asset key, qualified by its schema when the name is\n"
                        + "qualified. The runtime passes SQL assets their inputs this way.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(NAME, "name")
                .addStatement("return new $T(name.unqualifiedName(), name.qualified() ? $T.schema(name.qualifier()) : null,"
                        + " null)", self, DSL)
                .build());
        type.addMethod(alias(self, ClassName.get(String.class), CodeBlock.of("$T.name(alias)", DSL)));
        type.addMethod(alias(self, NAME, CodeBlock.of("alias")));
        type.addMethod(alias(self, ParameterizedTypeName.get(TABLE, WildcardTypeName.subtypeOf(Object.class)),
                CodeBlock.of("alias.getUnqualifiedName()")));
        return new GeneratedType(name.packageName(), type.build(), originating);
    }

    private static MethodSpec alias(ClassName self, TypeName parameter, CodeBlock name) {
        return MethodSpec.methodBuilder("as")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(parameter, "alias")
                .addStatement("return new $T($L, null, this)", self, name)
                .build();
    }

    /** {@code amount -> AMOUNT}. */
    static String fieldName(ColumnModel column) {
        return column.name().toUpperCase(Locale.ROOT);
    }

    private static TypeName javaType(ValueType value) {
        return switch (value) {
            case BOOLEAN -> ClassName.get(Boolean.class);
            case BYTE -> ClassName.get(Byte.class);
            case SHORT -> ClassName.get(Short.class);
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get("java.math", "BigDecimal");
            case STRING, ENUM -> ClassName.get(String.class);
            case LOCAL_DATE -> ClassName.get("java.time", "LocalDate");
            case LOCAL_TIME -> ClassName.get("java.time", "LocalTime");
            case LOCAL_DATE_TIME -> ClassName.get("java.time", "LocalDateTime");
            case INSTANT -> ClassName.get("java.time", "Instant");
            case OFFSET_DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
            case UUID -> ClassName.get("java.util", "UUID");
            case BYTES -> TypeName.get(byte[].class);
        };
    }

    private static CodeBlock dataType(ColumnModel column) {
        ValueType value = column.requireValueType();
        CodeBlock base = switch (value) {
            case DECIMAL -> CodeBlock.of("$T.DECIMAL($L, $L)", SQL_DATA_TYPE, column.precision(), column.scale());
            case BOOLEAN -> constant("BOOLEAN");
            case BYTE -> constant("TINYINT");
            case SHORT -> constant("SMALLINT");
            case INT -> constant("INTEGER");
            case LONG -> constant("BIGINT");
            case FLOAT -> constant("REAL");
            case DOUBLE -> constant("DOUBLE");
            case STRING, ENUM -> constant("VARCHAR");
            case LOCAL_DATE -> constant("LOCALDATE");
            case LOCAL_TIME -> constant("LOCALTIME");
            case LOCAL_DATE_TIME -> constant("LOCALDATETIME");
            case INSTANT -> constant("INSTANT");
            case OFFSET_DATE_TIME -> constant("OFFSETDATETIME");
            case UUID -> constant("UUID");
            case BYTES -> constant("BLOB");
        };
        return column.nullable() ? base : CodeBlock.of("$L.nullable(false)", base);
    }

    private static CodeBlock constant(String name) {
        return CodeBlock.of("$T.$L", SQL_DATA_TYPE, name);
    }
}
