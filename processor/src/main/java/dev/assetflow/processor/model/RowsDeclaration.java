package dev.assetflow.processor.model;

import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * The declared type of an asset's rows (its return type) or of an input's rows (a parameter type).
 *
 * @param type the declared type, such as {@code List<CleanSale>}
 * @param kind {@code List} or {@code Stream}, empty for any other type
 * @param elementType the single type argument of a {@code List} or {@code Stream}
 * @param rowType the row type, present when the type argument is a record
 */
public record RowsDeclaration(
        TypeMirror type,
        Optional<CollectionKind> kind,
        Optional<TypeMirror> elementType,
        Optional<RowTypeModel> rowType) {

    /** Whether the declaration is a {@code List} or {@code Stream} of a record. */
    public boolean isSupported() {
        return kind.isPresent() && rowType.isPresent();
    }

    /** The collection kind of a supported declaration. */
    public CollectionKind requireKind() {
        return kind.orElseThrow(() -> new IllegalStateException("unsupported rows " + type));
    }

    /** The row type of a supported declaration. */
    public RowTypeModel requireRowType() {
        return rowType.orElseThrow(() -> new IllegalStateException("rows of " + type + " are not a record"));
    }
}
