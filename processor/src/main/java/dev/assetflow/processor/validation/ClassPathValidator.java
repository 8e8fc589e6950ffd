package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What the declarations read from the class path (upstream modules', or this module's classes a partial
 * compilation does not recompile) must satisfy in this Pipeline, which their own compilation could not know:
 * their keys are unique among them, and the Pipeline's package can reach every type it calls or names for
 * them. Reported on the anchor, as they have no source here.
 */
final class ClassPathValidator {

    void validate(ValidationContext context, Predicate<TypeElement> checked, Element anchor,
            ValidationReport.Builder report) {
        duplicateKeys(context, checked, anchor, report);
        Set<String> reported = new TreeSet<>();
        String pipelinePackage = context.pipelinePackage();
        for (AssetDeclaration asset : context.graph().assets()) {
            if (!checked.test(asset.declaringType())) {
                List<TypeElement> types = new ArrayList<>(List.of(asset.declaringType()));
                asset.output().rowType().ifPresent(rowType -> types.addAll(AccessibilityValidator.rowTypeElements(rowType)));
                types.addAll(parameterTypes(asset.parameters()));
                accessible(types, "asset '" + asset.key() + "' (" + asset.methodReference() + ")", pipelinePackage,
                        anchor, reported, report);
            }
        }
        for (CheckDeclaration check : context.graph().checks()) {
            if (!checked.test(check.declaringType())) {
                List<TypeElement> types = new ArrayList<>(List.of(check.declaringType()));
                types.addAll(parameterTypes(check.parameters()));
                accessible(types, "check '" + check.name() + "' (" + check.methodReference() + ")", pipelinePackage,
                        anchor, reported, report);
            }
        }
        for (SourceAssetDeclaration source : context.graph().sources()) {
            if (!checked.test(source.type()) && source.rowType().isPresent()) {
                accessible(AccessibilityValidator.rowTypeElements(source.rowType().get()),
                        "source asset '" + source.key() + "'", pipelinePackage, anchor, reported, report);
            }
        }
    }

    /** Keys that only class-path declarations share; a declaration compiled now reports its own collision. */
    private static void duplicateKeys(ValidationContext context, Predicate<TypeElement> checked, Element anchor,
            ValidationReport.Builder report) {
        Map<String, List<String>> declarers = new TreeMap<>();
        Map<String, Boolean> anyChecked = new LinkedHashMap<>();
        for (AssetDeclaration asset : context.graph().assets()) {
            declarers.computeIfAbsent(asset.key(), key -> new ArrayList<>()).add(asset.methodReference());
            anyChecked.merge(asset.key(), checked.test(asset.declaringType()), Boolean::logicalOr);
        }
        for (SourceAssetDeclaration source : context.graph().sources()) {
            declarers.computeIfAbsent(source.key(), key -> new ArrayList<>()).add(source.typeName());
            anyChecked.merge(source.key(), checked.test(source.type()), Boolean::logicalOr);
        }
        declarers.forEach((key, methods) -> {
            if (methods.size() > 1 && !anyChecked.get(key)) {
                report.error(Messages.duplicateKey(key, methods), anchor);
            }
        });
    }

    private static List<TypeElement> parameterTypes(List<ParameterDeclaration> parameters) {
        List<TypeElement> types = new ArrayList<>();
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isInput()) {
                parameter.rows().rowType().map(AccessibilityValidator::rowTypeElements).ifPresent(types::addAll);
            } else if (parameter.isResource()) {
                parameter.declaredType().ifPresent(types::add);
            }
        }
        return types;
    }

    private static void accessible(List<TypeElement> types, String user, String pipelinePackage, Element anchor,
            Set<String> reported, ValidationReport.Builder report) {
        for (TypeElement type : types) {
            String name = type.getQualifiedName().toString();
            if (!AccessibilityValidator.isAccessible(type, pipelinePackage) && reported.add(name)) {
                report.error(Messages.inaccessibleUpstreamType(name, user, pipelinePackage), anchor);
            }
        }
    }
}
