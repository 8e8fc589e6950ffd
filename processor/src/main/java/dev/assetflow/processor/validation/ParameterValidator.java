package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.ParameterDeclaration;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Every parameter of an asset or check method is an {@code @Input List<R>} or {@code @Input Stream<R>}, a
 * {@code @Resource} of a plain class or interface type, or an unannotated {@code AssetContext}.
 */
final class ParameterValidator implements AssetValidator, CheckValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        validate(ParameterOwner.of(asset), report);
    }

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        validate(ParameterOwner.of(check), report);
    }

    private static void validate(ParameterOwner owner, ValidationReport.Builder report) {
        for (ParameterDeclaration parameter : owner.parameters()) {
            if (parameter.context() && (parameter.isInput() || parameter.isResource())) {
                String annotation = parameter.isInput() ? "@Input" : "@Resource";
                report.error(Messages.annotatedContext(parameter.name(), annotation), parameter.parameter(),
                        parameter.isInput() ? parameter.annotation() : parameter.resource(), Optional.empty());
            } else if (parameter.isInput() && parameter.isResource()) {
                report.error(Messages.inputAndResource(parameter.name()), parameter.parameter());
            } else if (parameter.isInput()) {
                if (parameter.rows().kind().isEmpty() || parameter.rows().elementType().isEmpty()) {
                    String type = TypeDescriptions.describe(parameter.rows().type());
                    report.error(Messages.unsupportedInput(parameter.name(), type), parameter.parameter());
                }
            } else if (parameter.isResource()) {
                if (!isResourceType(parameter)) {
                    String type = TypeDescriptions.describe(parameter.parameter().asType());
                    report.error(Messages.unsupportedResource(parameter.name(), type), parameter.parameter());
                }
            } else if (!parameter.isContext()) {
                report.error(Messages.notAnInput(parameter.name()), parameter.parameter());
            }
        }
    }

    /** A class, interface, enum or record type without type arguments, other than List and Stream. */
    private static boolean isResourceType(ParameterDeclaration parameter) {
        if (parameter.declaredType().isEmpty() || parameter.rows().kind().isPresent()) {
            return false;
        }
        TypeElement type = parameter.declaredType().get();
        boolean classOrInterface = type.getKind().isClass() || type.getKind().isInterface()
                && type.getKind() != ElementKind.ANNOTATION_TYPE;
        return classOrInterface && ((DeclaredType) parameter.parameter().asType()).getTypeArguments().isEmpty()
                && type.getTypeParameters().isEmpty();
    }
}
