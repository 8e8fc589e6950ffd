package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import java.util.List;
import java.util.Optional;

/**
 * No two assets share a key. Since the key is also the table name, this also keeps two assets from writing
 * the same table of a schema.
 */
final class DuplicateKeyValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        List<AssetDeclaration> sameKey = context.assets(asset.key());
        if (sameKey.size() > 1) {
            List<String> methods = sameKey.stream().map(AssetDeclaration::methodReference).toList();
            report.error(Messages.duplicateKey(asset.key(), methods), asset.method(),
                    Optional.of(asset.annotation()), asset.nameValue());
        }
    }
}
