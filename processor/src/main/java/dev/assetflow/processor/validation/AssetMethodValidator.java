package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** An asset method is public, static, not generic, and returns {@code List<R>} or {@code Stream<R>}. */
final class AssetMethodValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        String method = asset.methodReference();
        var annotation = Optional.of(asset.annotation());
        if (!asset.method().getModifiers().contains(Modifier.STATIC)) {
            report.error(Messages.notStatic(method), asset.method(), annotation, Optional.empty());
        }
        if (!asset.method().getModifiers().contains(Modifier.PUBLIC)) {
            report.error(Messages.notPublic(method), asset.method(), annotation, Optional.empty());
        }
        if (!asset.method().getTypeParameters().isEmpty()) {
            report.error(Messages.genericMethod(method), asset.method());
        }
        if (asset.output().kind().isEmpty() || asset.output().elementType().isEmpty()) {
            report.error(Messages.unsupportedReturn(method, asset.output().type().toString()), asset.method());
        }
    }
}
