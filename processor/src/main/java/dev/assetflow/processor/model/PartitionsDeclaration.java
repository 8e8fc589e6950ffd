package dev.assetflow.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A partitions annotation on an asset method, as written.
 *
 * @param kind daily, monthly or static
 * @param mirror the annotation
 * @param column the partition column name
 * @param columnValue where the column is written
 * @param start the first day or month of time-window partitions, empty for static ones
 * @param startValue where the start is written
 * @param end the last day or month, empty for "up to now"
 * @param endValue where the end is written, if it is
 * @param values the keys of static partitions, in order
 * @param valueEntries where each static key is written
 * @param valuesValue where the array of static keys is written
 */
public record PartitionsDeclaration(
        PartitionKind kind,
        AnnotationMirror mirror,
        String column,
        AnnotationValue columnValue,
        String start,
        Optional<AnnotationValue> startValue,
        String end,
        Optional<AnnotationValue> endValue,
        List<String> values,
        List<AnnotationValue> valueEntries,
        Optional<AnnotationValue> valuesValue) {

    public PartitionsDeclaration {
        values = List.copyOf(values);
        valueEntries = List.copyOf(valueEntries);
    }
}
