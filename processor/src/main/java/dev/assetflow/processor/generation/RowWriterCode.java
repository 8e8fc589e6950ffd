package dev.assetflow.processor.generation;

import com.palantir.javapoet.CodeBlock;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.ValueType;

/**
 * The writer lambda of a row type: one {@code RowSink} call per component, in column order. A null box
 * becomes {@code putNull()}; other references are passed as they are, and the IO manager rejects a null in
 * a non-null column with a message naming it.
 */
final class RowWriterCode {

    static final String ROW = "row";
    static final String SINK = "sink";

    CodeBlock writer(RowTypeModel rowType) {
        UniqueNames locals = new UniqueNames(ROW, SINK);
        CodeBlock.Builder code = CodeBlock.builder().add("($L, $L) -> {\n$>", ROW, SINK);
        for (ColumnModel column : rowType.columns()) {
            code.add(put(column, locals));
        }
        return code.add("$<}").build();
    }

    private static CodeBlock put(ColumnModel column, UniqueNames locals) {
        ValueType type = column.requireValueType();
        String accessor = column.componentName();
        if (type == ValueType.ENUM) {
            String local = locals.allocate(accessor, "Value");
            return CodeBlock.builder()
                    .addStatement("var $L = $L.$L()", local, ROW, accessor)
                    .addStatement("$L.$L($L == null ? null : $L.name())", SINK, type.sinkMethod(), local, local)
                    .build();
        }
        if (column.boxed()) {
            String local = locals.allocate(accessor, "Value");
            return CodeBlock.builder()
                    .addStatement("var $L = $L.$L()", local, ROW, accessor)
                    .beginControlFlow("if ($L == null)", local)
                    .addStatement("$L.putNull()", SINK)
                    .nextControlFlow("else")
                    .addStatement("$L.$L($L)", SINK, type.sinkMethod(), local)
                    .endControlFlow()
                    .build();
        }
        return CodeBlock.builder().addStatement("$L.$L($L.$L())", SINK, type.sinkMethod(), ROW, accessor).build();
    }
}
