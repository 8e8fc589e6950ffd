package dev.assetflow.processor.metadata;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.CodeNodeIds;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Collects what a type compiled from source must leave for compilations that will see it only as a class
 * file: the parameter names and code version of each asset and check method, the nullability of the records
 * they use, and the code they reach. A method that cannot be declared (it is reported by the pipeline's
 * validation) is left out.
 */
public final class TypeMetadataCollector {

    private final AssetGraphFactory factory;
    private final Types types;

    public TypeMetadataCollector(AssetGraphFactory factory, Types types) {
        this.factory = factory;
        this.types = types;
    }

    /** The metadata of {@code type}, empty when it declares no asset, check or source asset. */
    public Optional<TypeMetadata> collect(TypeElement type) {
        List<MethodFacts> methods = new ArrayList<>();
        Map<String, Map<String, Boolean>> nullability = new TreeMap<>();
        boolean source = type.getKind() == ElementKind.RECORD && Annotations.find(type, Annotations.SOURCE_ASSET).isPresent();
        if (source) {
            record(factory.rowType(type), nullability);
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            try {
                if (Annotations.find(method, Annotations.ASSET).isPresent()) {
                    AssetDeclaration asset = factory.declare(method);
                    asset.output().rowType().ifPresent(rowType -> record(rowType, nullability));
                    methods.add(facts(method, asset.codeVersion(), asset.parameters(), nullability));
                } else if (Annotations.find(method, Annotations.ASSET_CHECK).isPresent()) {
                    CheckDeclaration check = factory.declareCheck(method);
                    methods.add(facts(method, check.codeVersion(), check.parameters(), nullability));
                }
            } catch (RuntimeException | LinkageError undeclarable) {
                // reported on the method by the pipeline's own declaration of it
            }
        }
        if (methods.isEmpty() && !source) {
            return Optional.empty();
        }
        List<String> roots = methods.stream().map(MethodFacts::id).toList();
        return Optional.of(new TypeMetadata(type.getQualifiedName().toString(), methods, nullability,
                factory.reachableCode(roots)));
    }

    private MethodFacts facts(ExecutableElement method, String codeVersion, List<ParameterDeclaration> parameters,
            Map<String, Map<String, Boolean>> nullability) {
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isInput()) {
                parameter.rows().rowType().ifPresent(rowType -> record(rowType, nullability));
            }
        }
        return new MethodFacts(CodeNodeIds.of(method, types), codeVersion,
                parameters.stream().map(ParameterDeclaration::name).toList());
    }

    private static void record(RowTypeModel rowType, Map<String, Map<String, Boolean>> nullability) {
        Map<String, Boolean> components = new LinkedHashMap<>();
        for (ColumnModel column : rowType.columns()) {
            components.put(column.componentName(), column.nullable());
        }
        nullability.putIfAbsent(rowType.qualifiedName(), components);
    }
}
