package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.InputDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The generated Pipeline can see what it calls: the class declaring each asset method, every row record
 * and every enum used as a column.
 */
final class AccessibilityValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        String pipelinePackage = context.pipelinePackage();
        String method = asset.methodReference();
        if (!isAccessible(asset.declaringType(), pipelinePackage)) {
            report.error(Messages.inaccessibleType(asset.declaringType().getQualifiedName().toString(), method,
                    pipelinePackage), asset.method(), Optional.of(asset.annotation()), Optional.empty());
        }
        for (TypeElement type : usedTypes(asset)) {
            if (!isAccessible(type, pipelinePackage)) {
                report.error(Messages.inaccessibleType(type.getQualifiedName().toString(), method, pipelinePackage),
                        type);
            }
        }
    }

    private static List<TypeElement> usedTypes(AssetDeclaration asset) {
        List<RowTypeModel> rowTypes = new ArrayList<>();
        asset.output().rowType().ifPresent(rowTypes::add);
        for (InputDeclaration input : asset.inputs()) {
            input.rows().rowType().ifPresent(rowTypes::add);
        }
        List<TypeElement> types = new ArrayList<>();
        for (RowTypeModel rowType : rowTypes) {
            types.add(rowType.element());
            for (ColumnModel column : rowType.columns()) {
                if (column.enumType().isPresent() && column.type() instanceof DeclaredType enumType) {
                    types.add((TypeElement) enumType.asElement());
                }
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
