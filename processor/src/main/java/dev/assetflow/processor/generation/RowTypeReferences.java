package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Map;

/**
 * Where the generated {@code RowType} constant of each record lives.
 *
 * @param holders the generated class holding each record's constant, by the record's canonical name
 * @param fields the constant's name, by the record's canonical name
 */
record RowTypeReferences(Map<String, ClassName> holders, Map<String, String> fields) {

    /** An expression naming the row type of {@code record}, e.g. {@code RowTypes.CLEAN_SALE}. */
    CodeBlock of(String record) {
        ClassName holder = holders.get(record);
        if (holder == null) {
            throw new IllegalStateException("no row type generated for " + record);
        }
        return CodeBlock.of("$T.$N", holder, fields.get(record));
    }
}
