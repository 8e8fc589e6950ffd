package dev.assetflow.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @SourceAsset} type: a table produced elsewhere, which inputs may read but nothing computes.
 *
 * @param type the annotated type, which must be a record
 * @param annotation the {@code @SourceAsset} annotation
 * @param key the asset key and table name
 * @param nameValue where the key is written
 * @param schema the schema, empty for the IO manager's default
 * @param schemaValue the explicit {@code schema} value, for error positions
 * @param io the IO manager name
 * @param description the description, possibly empty
 * @param group the group name
 * @param rowType the row type, empty when the type is not a record
 */
public record SourceAssetDeclaration(
        TypeElement type,
        AnnotationMirror annotation,
        String key,
        Optional<AnnotationValue> nameValue,
        String schema,
        Optional<AnnotationValue> schemaValue,
        String io,
        String description,
        String group,
        Optional<RowTypeModel> rowType) {

    /** The annotated type's canonical name. */
    public String typeName() {
        return type.getQualifiedName().toString();
    }
}
