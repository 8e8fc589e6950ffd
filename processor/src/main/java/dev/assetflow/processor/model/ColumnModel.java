package dev.assetflow.processor.model;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeMirror;

/**
 * One record component and the column it becomes.
 *
 * @param element the record component
 * @param declaration where the component is written, for error positions: its field, which javac places
 *     on the component in the record header (javac cannot place errors on a record component element)
 * @param componentName the component (and accessor) name
 * @param name the column name: the component name in snake_case
 * @param type the component type
 * @param valueType the storable value type, empty when the component type has no column type
 * @param boxed whether the component is a boxed primitive
 * @param nullable whether the column accepts {@code NULL}
 * @param nullableAnnotated whether the component carries a {@code @Nullable} annotation
 * @param decimal the {@code @Decimal} annotation, if present
 * @param enumType the qualified name of an enum component type, else empty
 */
public record ColumnModel(
        RecordComponentElement element,
        Element declaration,
        String componentName,
        String name,
        TypeMirror type,
        Optional<ValueType> valueType,
        boolean boxed,
        boolean nullable,
        boolean nullableAnnotated,
        Optional<DecimalAnnotation> decimal,
        Optional<String> enumType) {

    /** The value type of a supported component. */
    public ValueType requireValueType() {
        return valueType.orElseThrow(() -> new IllegalStateException("unsupported column " + name));
    }

    /** Whether the component type is a primitive such as {@code long} (not a box). */
    public boolean isPrimitive() {
        return valueType.map(ValueType::isPrimitive).orElse(false) && !boxed;
    }

    /** The DECIMAL precision, or 0 for other types. */
    public int precision() {
        if (valueType.orElse(null) != ValueType.DECIMAL) {
            return 0;
        }
        return decimal.map(DecimalAnnotation::precision).orElse(DecimalAnnotation.DEFAULT_PRECISION);
    }

    /** The DECIMAL scale, or 0 for other types. */
    public int scale() {
        if (valueType.orElse(null) != ValueType.DECIMAL) {
            return 0;
        }
        return decimal.map(DecimalAnnotation::scale).orElse(DecimalAnnotation.DEFAULT_SCALE);
    }

    /** The column as text for messages and code versions, e.g. {@code amount DOUBLE NULL}. */
    public String describe() {
        String sqlType = valueType.map(ValueType::columnType).orElse("?");
        if (valueType.orElse(null) == ValueType.DECIMAL) {
            sqlType = sqlType + "(" + precision() + "," + scale() + ")";
        }
        return name + " " + sqlType + (nullable ? " NULL" : " NOT NULL");
    }
}
