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
 * Builds the model of {@code @Asset} methods from their elements. It records what was declared, even
 * when it is wrong; the validators decide what is wrong.
 */
public final class AssetGraphFactory {

    private final RowTypeFactory rowTypes = new RowTypeFactory();
    private final CodeVersions codeVersions;

    public AssetGraphFactory(ProcessingEnvironment environment) {
        this.codeVersions = new CodeVersions(environment);
    }

    /** The declaration of one {@code @Asset} method. */
    public AssetDeclaration declare(ExecutableElement method) {
        AnnotationMirror asset = Annotations.find(method, Annotations.ASSET)
                .orElseThrow(() -> new IllegalArgumentException(method + " is not annotated @Asset"));
        String name = Annotations.stringValue(asset, "name");
        String key = name.isEmpty() ? Names.snakeCase(method.getSimpleName().toString()) : name;
        RowsDeclaration output = rows(method.getReturnType());
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
                inputs(method),
                codeVersions.codeVersion(method, output.rowType()));
    }

    private static List<DepDeclaration> deps(AnnotationMirror asset) {
        List<DepDeclaration> deps = new ArrayList<>();
        for (AnnotationValue value : Annotations.arrayValue(asset, "deps")) {
            deps.add(new DepDeclaration(String.valueOf(value.getValue()), value));
        }
        return deps;
    }

    private List<InputDeclaration> inputs(ExecutableElement method) {
        List<InputDeclaration> inputs = new ArrayList<>();
        List<? extends VariableElement> parameters = method.getParameters();
        for (int index = 0; index < parameters.size(); index++) {
            VariableElement parameter = parameters.get(index);
            Optional<AnnotationMirror> input = Annotations.find(parameter, Annotations.INPUT);
            Optional<AnnotationValue> value = input.flatMap(mirror -> Annotations.explicitValue(mirror, "value"));
            String upstream = value.map(v -> String.valueOf(v.getValue())).filter(v -> !v.isEmpty())
                    .orElseGet(() -> Names.snakeCase(parameter.getSimpleName().toString()));
            inputs.add(new InputDeclaration(parameter, index, input, value, upstream, rows(parameter.asType())));
        }
        return inputs;
    }

    private RowsDeclaration rows(TypeMirror type) {
        Optional<CollectionKind> kind = collectionKind(type);
        if (kind.isEmpty()) {
            return new RowsDeclaration(type, kind, Optional.empty(), Optional.empty());
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.size() != 1) {
            return new RowsDeclaration(type, kind, Optional.empty(), Optional.empty());
        }
        TypeMirror element = arguments.get(0);
        Optional<RowTypeModel> rowType = Optional.empty();
        if (element.getKind() == TypeKind.DECLARED) {
            TypeElement typeElement = (TypeElement) ((DeclaredType) element).asElement();
            if (typeElement.getKind() == ElementKind.RECORD) {
                rowType = Optional.of(rowTypes.rowType(typeElement));
            }
        }
        return new RowsDeclaration(type, kind, Optional.of(element), rowType);
    }

    private static Optional<CollectionKind> collectionKind(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        for (CollectionKind kind : CollectionKind.values()) {
            if (element.getQualifiedName().contentEquals(kind.qualifiedName())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
