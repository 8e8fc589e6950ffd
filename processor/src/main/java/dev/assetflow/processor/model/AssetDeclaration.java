package dev.assetflow.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Asset} method as declared, before any check.
 *
 * @param method the annotated method
 * @param declaringType the type declaring the method
 * @param annotation the {@code @Asset} annotation
 * @param key the asset key: {@code @Asset(name)} or the method name in snake_case
 * @param nameValue the explicit {@code name} value, for error positions
 * @param description the description, possibly empty
 * @param schema the schema, empty for the IO manager's default
 * @param schemaValue the explicit {@code schema} value, for error positions
 * @param io the IO manager name
 * @param group the group name
 * @param deps the upstream keys that are not loaded
 * @param output the returned rows
 * @param parameters every parameter, in order
 * @param codeVersion a hash of the method's source and row type
 * @param partitions every partitions annotation on the method (a valid asset has at most one)
 * @param retry the {@code @Retry} annotation, if present
 * @param schemaChange the {@code onSchemaChange} constant, {@code IO_MANAGER_DEFAULT} when not written
 * @param rowValue the explicit {@code row} value (a SQL asset's row record), for error positions
 */
public record AssetDeclaration(
        ExecutableElement method,
        TypeElement declaringType,
        AnnotationMirror annotation,
        String key,
        Optional<AnnotationValue> nameValue,
        String description,
        String schema,
        Optional<AnnotationValue> schemaValue,
        String io,
        String group,
        List<DepDeclaration> deps,
        RowsDeclaration output,
        List<ParameterDeclaration> parameters,
        String codeVersion,
        List<PartitionsDeclaration> partitions,
        Optional<RetryDeclaration> retry,
        String schemaChange,
        Optional<AnnotationValue> rowValue) {

    public AssetDeclaration {
        deps = List.copyOf(deps);
        parameters = List.copyOf(parameters);
        partitions = List.copyOf(partitions);
    }

    /** The partitions of a valid asset, if it is partitioned. */
    public Optional<PartitionsDeclaration> partitioning() {
        return partitions.stream().findFirst();
    }

    /** Whether the asset leaves its schema policy to its IO manager. */
    public boolean usesIoManagerSchemaPolicy() {
        return schemaChange.equals("IO_MANAGER_DEFAULT");
    }

    /** Whether the asset is a SQL asset: its method returns a jOOQ {@code Select} run inside the database. */
    public boolean isSql() {
        return output.kind().filter(kind -> kind == CollectionKind.SELECT).isPresent();
    }

    /** The method name. */
    public String methodName() {
        return method.getSimpleName().toString();
    }

    /** The method as {@code com.acme.SalesAssets#cleanSalesData}, for messages and the runtime. */
    public String methodReference() {
        return declaringType.getQualifiedName() + "#" + methodName();
    }

}
