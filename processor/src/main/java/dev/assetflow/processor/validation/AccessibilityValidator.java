package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The generated Pipeline can see what it calls: the class declaring each asset and check method, every row
 * record, every enum used as a column and every resource type.
 */
final class AccessibilityValidator implements AssetValidator, CheckValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        List<RowTypeModel> rowTypes = new ArrayList<>();
        asset.output().rowType().ifPresent(rowTypes::add);
        validate(asset.declaringType(), asset.method(), asset.annotation(), ParameterOwner.of(asset), rowTypes,
                context, report);
    }

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        validate(check.declaringType(), check.method(), check.annotation(), ParameterOwner.of(check),
                new ArrayList<>(), context, report);
    }

    private static void validate(TypeElement declaringType, ExecutableElement method, AnnotationMirror annotation,
            ParameterOwner owner, List<RowTypeModel> rowTypes, ValidationContext context,
            ValidationReport.Builder report) {
        String pipelinePackage = context.pipelinePackage();
        if (!isAccessible(declaringType, pipelinePackage)) {
            report.error(Messages.inaccessibleType(declaringType.getQualifiedName().toString(), owner.method(),
                    pipelinePackage), method, Optional.of(annotation), Optional.empty());
        }
        List<TypeElement> types = new ArrayList<>();
        for (ParameterDeclaration parameter : owner.parameters()) {
            if (parameter.isInput()) {
                parameter.rows().rowType().ifPresent(rowTypes::add);
            } else if (parameter.isResource()) {
                parameter.declaredType().ifPresent(types::add);
            }
        }
        for (RowTypeModel rowType : rowTypes) {
            types.addAll(rowTypeElements(rowType));
        }
        for (TypeElement type : types) {
            if (!isAccessible(type, pipelinePackage)) {
                report.error(Messages.inaccessibleType(type.getQualifiedName().toString(), owner.method(),
                        pipelinePackage), type);
            }
        }
    }

    /** The record and the enums of its columns. */
    static List<TypeElement> rowTypeElements(RowTypeModel rowType) {
        List<TypeElement> types = new ArrayList<>();
        types.add(rowType.element());
        for (ColumnModel column : rowType.columns()) {
            if (column.enumType().isPresent() && column.type() instanceof DeclaredType enumType) {
                types.add((TypeElement) enumType.asElement());
            }
        }
        return types;
    }

    /** Whether code in {@code packageName} can name {@code type}. */
    static boolean isAccessible(TypeElement type, String packageName) {
        for (Element element = type; element.getKind() != ElementKind.PACKAGE;
                element = element.getEnclosingElement()) {
            if (!(element instanceof TypeElement typeElement)) {
                return false;
            }
            NestingKind nesting = typeElement.getNestingKind();
            if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
                return false;
            }
            boolean visible = element.getModifiers().contains(Modifier.PUBLIC)
                    || !element.getModifiers().contains(Modifier.PRIVATE)
                            && packageOf(element).equals(packageName);
            if (!visible) {
                return false;
            }
        }
        return true;
    }

    private static String packageOf(Element element) {
        Element current = element;
        while (!(current instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return ((PackageElement) current).getQualifiedName().toString();
    }
}
