package dev.assetflow.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * A record used as rows, with its columns in component order.
 *
 * @param element the record type
 * @param columns the columns, one per record component
 * @param fromSource whether the record is compiled from source now, rather than read from a class file (which
 *     keeps no positions and no {@code @SuppressWarnings}, so warnings are reported only on records from source)
 */
public record RowTypeModel(TypeElement element, List<ColumnModel> columns, boolean fromSource) {

    public RowTypeModel {
        columns = List.copyOf(columns);
    }

    /** The canonical name of the record. */
    public String qualifiedName() {
        return element.getQualifiedName().toString();
    }

    /** Whether the record declares type parameters (which the generated code cannot instantiate). */
    public boolean isGeneric() {
        return !element.getTypeParameters().isEmpty();
    }

    /** The column with this name, if any. */
    public Optional<ColumnModel> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    /** The column names, comma separated, for messages. */
    public String columnNames() {
        return columns.stream().map(ColumnModel::name).collect(Collectors.joining(", "));
    }

    /** The columns as text, for code versions. */
    public String describe() {
        return qualifiedName()
                + columns.stream().map(ColumnModel::describe).collect(Collectors.joining(", ", "(", ")"));
    }
}
