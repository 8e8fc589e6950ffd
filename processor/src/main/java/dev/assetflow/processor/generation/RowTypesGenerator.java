package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.assetflow.processor.base.Names;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.RowTypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates one {@code RowType} constant per record: its columns, its writer and its reader. The
 * constants are spread over nested holder classes ({@code RowTypes}, {@code RowTypes2}...) so that no
 * class initializer grows too large.
 */
final class RowTypesGenerator {

    /** About one unit per column initialized; keeps each class initializer far below 64 KB of bytecode. */
    private static final int CHUNK_BUDGET = 1_500;
    private static final int ROW_TYPE_OVERHEAD = 8;
    private static final String HOLDER_NAME = "RowTypes";

    /**
     * The holder classes and where each record's constant is.
     *
     * @param holders the nested classes to add to the Pipeline
     * @param references where each record's constant is
     */
    record Result(List<TypeSpec> holders, RowTypeReferences references) {
    }

    private final ClassName pipeline;
    private final RowWriterCode writers = new RowWriterCode();
    private final RowReaderCode readers = new RowReaderCode();

    RowTypesGenerator(ClassName pipeline) {
        this.pipeline = pipeline;
    }

    Result generate(List<RowTypeModel> rowTypes) {
        Map<String, ClassName> holders = new HashMap<>();
        Map<String, String> fields = new HashMap<>();
        UniqueNames fieldNames = new UniqueNames();
        List<List<RowTypeModel>> chunks = Chunks.split(rowTypes,
                rowType -> ROW_TYPE_OVERHEAD + rowType.columns().size(), CHUNK_BUDGET);
        List<TypeSpec> holderTypes = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            ClassName holder = pipeline.nestedClass(Chunks.name(HOLDER_NAME, i));
            TypeSpec.Builder type = TypeSpec.classBuilder(holder.simpleName())
                    .addJavadoc("Columns, writers and readers of the row records.\n")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
            boolean needsEnumHelper = false;
            for (RowTypeModel rowType : chunks.get(i)) {
                String field = fieldNames.allocate(constantName(rowType), "_");
                holders.put(rowType.qualifiedName(), holder);
                fields.put(rowType.qualifiedName(), field);
                type.addField(field(rowType, field));
                needsEnumHelper |= RowReaderCode.needsEnumHelper(rowType);
            }
            if (needsEnumHelper) {
                type.addMethod(enumHelper());
            }
            holderTypes.add(type.build());
        }
        return new Result(holderTypes, new RowTypeReferences(holders, fields));
    }

    private static String constantName(RowTypeModel rowType) {
        String simpleNames = String.join("", ClassName.get(rowType.element()).simpleNames());
        return Names.upperSnakeCase(Names.snakeCase(simpleNames));
    }

    private FieldSpec field(RowTypeModel rowType, String name) {
        ClassName record = ClassName.get(rowType.element());
        CodeBlock initializer = CodeBlock.builder()
                .add("$T.of(\n$>$>$S,\n", RuntimeTypes.ROW_TYPE, rowType.qualifiedName())
                .add(columns(rowType)).add(",\n")
                .add(writers.writer(rowType)).add(",\n")
                .add(readers.reader(rowType))
                .add(")$<$<")
                .build();
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.ROW_TYPE, record), name,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build();
    }

    private static CodeBlock columns(RowTypeModel rowType) {
        List<CodeBlock> columns = new ArrayList<>();
        for (ColumnModel column : rowType.columns()) {
            String type = column.requireValueType().columnType();
            columns.add(type.equals("DECIMAL")
                    ? CodeBlock.of("$T.decimal($S, $L, $L, $L)", RuntimeTypes.COLUMN, column.name(),
                            column.nullable(), column.precision(), column.scale())
                    : CodeBlock.of("$T.of($S, $T.$L, $L)", RuntimeTypes.COLUMN, column.name(),
                            RuntimeTypes.COLUMN_TYPE, type, column.nullable()));
        }
        return CodeBlock.of("$T.of(\n$>$>$L)$<$<", RuntimeTypes.LIST, CodeBlock.join(columns, ",\n"));
    }

    private static MethodSpec enumHelper() {
        TypeVariableName e = TypeVariableName.get("E",
                ParameterizedTypeName.get(RuntimeTypes.ENUM, TypeVariableName.get("E")));
        return MethodSpec.methodBuilder(RowReaderCode.ENUM_OR_NULL)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(e)
                .returns(e)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.CLASS, e), "type")
                .addParameter(RuntimeTypes.STRING, "name")
                .addStatement("return name == null ? null : $T.valueOf(type, name)", RuntimeTypes.ENUM)
                .build();
    }
}
