package dev.assetflow.processor.model;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Builds the model of {@code @Asset} methods, {@code @AssetCheck} methods and {@code @SourceAsset} records
 * from their elements. It records what was declared, even when it is wrong; the validators decide what is
 * wrong.
 */
public final class AssetGraphFactory {

    private final RowTypeFactory rowTypes;
    private final CodeVersions codeVersions;
    private final CodeGraph code;
    private final ClassFileFacts facts;
    private final SourceCode source;
    private final javax.lang.model.util.Types types;

    /** A factory for a compilation whose elements all come from source. */
    public AssetGraphFactory(ProcessingEnvironment environment) {
        this(environment, ClassFileFacts.NONE);
    }

    /** A factory that completes elements read from class files with what their compilation recorded. */
    public AssetGraphFactory(ProcessingEnvironment environment, ClassFileFacts facts) {
        this.source = new SourceCode(environment);
        this.facts = facts;
        this.types = environment.getTypeUtils();
        this.rowTypes = new RowTypeFactory(source, facts);
        this.code = new CodeGraph(source, environment.getElementUtils(), environment.getTypeUtils(), facts);
        this.codeVersions = new CodeVersions(code, environment.getTypeUtils(), facts);
    }

    /**
     * The code reachable from {@code methods} in this build, each piece once, sorted by id: what a later
     * compilation needs to compute their code versions without their source.
     */
    public List<CodeNode> reachableCode(List<String> methodIds) {
        return code.closure(methodIds);
    }

    /** The code of {@code type}, compiled from source now: what a code record of it holds. */
    public List<CodeNode> codeOf(TypeElement type) {
        return code.nodesOf(type);
    }

    /** The row type of {@code record}. */
    public RowTypeModel rowType(TypeElement record) {
        return rowTypes.rowType(record);
    }

    /** The declaration of one {@code @Asset} method. */
    public AssetDeclaration declare(ExecutableElement method) {
        AnnotationMirror asset = Annotations.find(method, Annotations.ASSET)
                .orElseThrow(() -> new IllegalArgumentException(method + " is not annotated @Asset"));
        String name = Annotations.stringValue(asset, "name");
        String key = name.isEmpty() ? Names.snakeCase(method.getSimpleName().toString()) : name;
        Optional<AnnotationValue> rowValue = Annotations.explicitValue(asset, "row");
        RowsDeclaration output = output(method.getReturnType(), rowValue);
        List<PartitionsDeclaration> partitions = partitions(method);
        return new AssetDeclaration(
                method,
                (TypeElement) method.getEnclosingElement(),
                asset,
                key,
                Annotations.explicitValue(asset, "name"),
                Annotations.stringValue(asset, "description"),
                Annotations.stringValue(asset, "schema"),
                Annotations.explicitValue(asset, "schema"),
                Annotations.stringValue(asset, "io"),
                Annotations.stringValue(asset, "group"),
                deps(asset),
                output,
                parameters(method),
                codeVersions.codeVersion(method, output.rowType(), partitions),
                partitions,
                retry(method),
                schemaChange(asset),
                rowValue);
    }

    /** The simple name of the {@code onSchemaChange} constant, written or default. */
    private static String schemaChange(AnnotationMirror asset) {
        Object value = Annotations.value(asset, "onSchemaChange").getValue();
        return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "IO_MANAGER_DEFAULT";
    }

    /** The declaration of one {@code @AssetCheck} method. */
    public CheckDeclaration declareCheck(ExecutableElement method) {
        AnnotationMirror check = Annotations.find(method, Annotations.ASSET_CHECK)
                .orElseThrow(() -> new IllegalArgumentException(method + " is not annotated @AssetCheck"));
        String name = Annotations.stringValue(check, "name");
        return new CheckDeclaration(
                method,
                (TypeElement) method.getEnclosingElement(),
                check,
                name.isEmpty() ? Names.snakeCase(method.getSimpleName().toString()) : name,
                Annotations.explicitValue(check, "name"),
                Annotations.explicitValue(check, "asset").map(value -> String.valueOf(value.getValue())).orElse(""),
                Annotations.explicitValue(check, "asset"),
                Annotations.stringValue(check, "description"),
                Boolean.TRUE.equals(Annotations.value(check, "blocking").getValue()),
                isType(method.getReturnType(), Annotations.CHECK_RESULT),
                isType(method.getReturnType(), CollectionKind.SELECT.qualifiedName()),
                parameters(method),
                codeVersions.codeVersion(method, Optional.empty(), List.of()));
    }

    /** The declaration of one {@code @SourceAsset} type. */
    public SourceAssetDeclaration declareSource(TypeElement type) {
        AnnotationMirror source = Annotations.find(type, Annotations.SOURCE_ASSET)
                .orElseThrow(() -> new IllegalArgumentException(type + " is not annotated @SourceAsset"));
        Optional<RowTypeModel> rowType = type.getKind() == ElementKind.RECORD
                ? Optional.of(rowTypes.rowType(type)) : Optional.empty();
        return new SourceAssetDeclaration(
                type,
                source,
                Annotations.explicitValue(source, "name").map(value -> String.valueOf(value.getValue())).orElse(""),
                Annotations.explicitValue(source, "name"),
                Annotations.stringValue(source, "schema"),
                Annotations.explicitValue(source, "schema"),
                Annotations.stringValue(source, "io"),
                Annotations.stringValue(source, "description"),
                Annotations.stringValue(source, "group"),
                rowType);
    }

    private static List<DepDeclaration> deps(AnnotationMirror asset) {
        List<DepDeclaration> deps = new ArrayList<>();
        for (AnnotationValue value : Annotations.arrayValue(asset, "deps")) {
            deps.add(new DepDeclaration(String.valueOf(value.getValue()), value));
        }
        return deps;
    }

    private static List<PartitionsDeclaration> partitions(ExecutableElement method) {
        List<PartitionsDeclaration> partitions = new ArrayList<>();
        for (PartitionKind kind : PartitionKind.values()) {
            Annotations.find(method, kind.annotation()).ifPresent(mirror -> partitions.add(partitions(kind, mirror)));
        }
        return partitions;
    }

    private static PartitionsDeclaration partitions(PartitionKind kind, AnnotationMirror mirror) {
        String column = Annotations.stringValue(mirror, "column");
        AnnotationValue columnValue = Annotations.value(mirror, "column");
        if (kind == PartitionKind.STATIC) {
            List<AnnotationValue> entries = new ArrayList<>(Annotations.arrayValue(mirror, "values"));
            List<String> values = entries.stream().map(value -> String.valueOf(value.getValue())).toList();
            return new PartitionsDeclaration(kind, mirror, column, columnValue, "", Optional.empty(), "",
                    Optional.empty(), values, entries, Annotations.explicitValue(mirror, "values"));
        }
        return new PartitionsDeclaration(kind, mirror, column, columnValue,
                Annotations.stringValue(mirror, "start"), Annotations.explicitValue(mirror, "start"),
                Annotations.stringValue(mirror, "end"), Annotations.explicitValue(mirror, "end"),
                List.of(), List.of(), Optional.empty());
    }

    private static Optional<RetryDeclaration> retry(ExecutableElement method) {
        return Annotations.find(method, Annotations.RETRY).map(mirror -> {
            AnnotationValue attempts = Annotations.value(mirror, "attempts");
            AnnotationValue delay = Annotations.value(mirror, "delayMillis");
            AnnotationValue backoff = Annotations.value(mirror, "backoff");
            return new RetryDeclaration(mirror, ((Number) attempts.getValue()).intValue(), attempts,
                    ((Number) delay.getValue()).longValue(), delay, ((Number) backoff.getValue()).doubleValue(),
                    backoff);
        });
    }

    private List<ParameterDeclaration> parameters(ExecutableElement method) {
        List<ParameterDeclaration> parameters = new ArrayList<>();
        List<? extends VariableElement> elements = method.getParameters();
        for (int index = 0; index < elements.size(); index++) {
            VariableElement parameter = elements.get(index);
            Optional<AnnotationMirror> input = Annotations.find(parameter, Annotations.INPUT);
            Optional<AnnotationValue> value = input.flatMap(mirror -> Annotations.explicitValue(mirror, "value"));
            String name = (source.isFromSource((TypeElement) method.getEnclosingElement()) ? Optional.<String>empty()
                    : facts.parameterName(method, index)).orElseGet(() -> parameter.getSimpleName().toString());
            String upstream = value.map(v -> String.valueOf(v.getValue())).filter(v -> !v.isEmpty())
                    .orElseGet(() -> Names.snakeCase(name));
            TypeMirror type = parameter.asType();
            Optional<TypeElement> declaredType = type.getKind() == TypeKind.DECLARED
                    ? Optional.of((TypeElement) ((DeclaredType) type).asElement()) : Optional.empty();
            parameters.add(new ParameterDeclaration(parameter, name, index, input, value, upstream, rows(type),
                    Annotations.find(parameter, Annotations.RESOURCE), declaredType,
                    isType(type, Annotations.ASSET_CONTEXT)));
        }
        return parameters;
    }

    private static boolean isType(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private RowsDeclaration rows(TypeMirror type) {
        Optional<CollectionKind> kind = collectionKind(type);
        if (kind.isEmpty()) {
            return new RowsDeclaration(type, kind, Optional.empty(), Optional.empty());
        }
        List<? extends TypeMirror> arguments = kind.get() == CollectionKind.TABLE
                ? assetTable(type).orElseThrow().getTypeArguments() : ((DeclaredType) type).getTypeArguments();
        if (arguments.size() != 1) {
            return new RowsDeclaration(type, kind, Optional.empty(), Optional.empty());
        }
        TypeMirror element = arguments.get(0);
        Optional<RowTypeModel> rowType = Optional.empty();
        if (element.getKind() == TypeKind.DECLARED && kind.get() != CollectionKind.SELECT) {
            TypeElement typeElement = (TypeElement) ((DeclaredType) element).asElement();
            if (typeElement.getKind() == ElementKind.RECORD) {
                rowType = Optional.of(rowTypes.rowType(typeElement));
            }
        }
        return new RowsDeclaration(type, kind, Optional.of(element), rowType);
    }

    /**
     * The rows an asset returns: a {@code List} or {@code Stream} of a record, or a SQL asset's
     * {@code Select<RecordN<...>>} (element type: the {@code RecordN}) whose row record is {@code @Asset(row)}.
     */
    private RowsDeclaration output(TypeMirror type, Optional<AnnotationValue> rowValue) {
        RowsDeclaration rows = rows(type);
        if (rows.kind().filter(kind -> kind == CollectionKind.SELECT).isEmpty()) {
            return rows;
        }
        Optional<RowTypeModel> rowType = rowValue.map(AnnotationValue::getValue)
                .filter(value -> value instanceof DeclaredType)
                .map(value -> (TypeElement) ((DeclaredType) value).asElement())
                .filter(element -> element.getKind() == ElementKind.RECORD)
                .map(rowTypes::rowType);
        Optional<TypeMirror> record = rows.elementType().map(AssetGraphFactory::upperBound);
        return new RowsDeclaration(type, rows.kind(), record, rowType);
    }

    private static TypeMirror upperBound(TypeMirror type) {
        if (type instanceof javax.lang.model.type.WildcardType wildcard && wildcard.getExtendsBound() != null) {
            return wildcard.getExtendsBound();
        }
        return type;
    }

    private Optional<CollectionKind> collectionKind(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        for (CollectionKind kind : CollectionKind.values()) {
            if (element.getQualifiedName().contentEquals(kind.qualifiedName())) {
                return kind == CollectionKind.TABLE ? Optional.empty() : Optional.of(kind);
            }
        }
        return assetTable(type).map(table -> CollectionKind.TABLE);
    }

    /** {@code AssetTable<R>} among the supertypes of a generated table class, if it is one. */
    private Optional<DeclaredType> assetTable(TypeMirror type) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype.getKind() != TypeKind.DECLARED) {
                continue;
            }
            DeclaredType declared = (DeclaredType) supertype;
            if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(
                    CollectionKind.TABLE.qualifiedName())) {
                return Optional.of(declared);
            }
            Optional<DeclaredType> inherited = assetTable(supertype);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }
}
