package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The reader lambda of a row type: the record's canonical constructor called with one {@code RowSource}
 * getter per column. Boxes use the {@code ...OrNull} getters; enums are looked up by name.
 */
final class RowReaderCode {

    static final String SOURCE = "source";
    /** The helper generated next to row types with nullable enum columns. */
    static final String ENUM_OR_NULL = "enumOrNull";

    private static final int COLUMNS_ON_ONE_LINE = 2;

    CodeBlock reader(RowTypeModel rowType) {
        List<CodeBlock> arguments = new ArrayList<>();
        List<ColumnModel> columns = rowType.columns();
        for (int i = 0; i < columns.size(); i++) {
            arguments.add(get(columns.get(i), i));
        }
        ClassName record = ClassName.get(rowType.element());
        if (columns.size() <= COLUMNS_ON_ONE_LINE) {
            return CodeBlock.of("$L -> new $T($L)", SOURCE, record, CodeBlock.join(arguments, ", "));
        }
        return CodeBlock.of("$L -> new $T(\n$>$>$L)$<$<", SOURCE, record, CodeBlock.join(arguments, ",\n"));
    }

    /** Whether the reader of {@code rowType} calls {@link #ENUM_OR_NULL}. */
    static boolean needsEnumHelper(RowTypeModel rowType) {
        return rowType.columns().stream()
                .anyMatch(column -> column.requireValueType() == ValueType.ENUM && column.nullable());
    }

    private static CodeBlock get(ColumnModel column, int index) {
        ValueType type = column.requireValueType();
        if (type == ValueType.ENUM) {
            ClassName enumType = ClassName.get((TypeElement) ((DeclaredType) column.type()).asElement());
            CodeBlock name = CodeBlock.of("$L.$L($L)", SOURCE, type.sourceMethod(), index);
            return column.nullable()
                    ? CodeBlock.of("$L($T.class, $L)", ENUM_OR_NULL, enumType, name)
                    : CodeBlock.of("$T.valueOf($L)", enumType, name);
        }
        String getter = column.boxed() ? type.boxedSourceMethod().orElseThrow() : type.sourceMethod();
        return CodeBlock.of("$L.$L($L)", SOURCE, getter, index);
    }
}
