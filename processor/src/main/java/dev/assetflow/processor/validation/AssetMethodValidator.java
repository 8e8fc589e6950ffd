package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.model.AssetDeclaration;
import javax.lang.model.element.Modifier;

/** An asset method is public, static, not generic, and returns {@code List<R>} or {@code Stream<R>}. */
final class AssetMethodValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        String method = asset.methodReference();
        if (!asset.method().getModifiers().contains(Modifier.STATIC)) {
            report.error(Messages.notStatic(method), asset.method());
        }
        if (!asset.method().getModifiers().contains(Modifier.PUBLIC)) {
            report.error(Messages.notPublic(method), asset.method());
        }
        if (!asset.method().getTypeParameters().isEmpty()) {
            report.error(Messages.genericMethod(method), asset.method());
        }
        if (asset.output().kind().isEmpty() || asset.output().elementType().isEmpty()) {
            String type = TypeDescriptions.describe(asset.output().type());
            report.error(Messages.unsupportedReturn(method, type), asset.method());
        }
    }
}
