package dev.assetflow.processor.validation;

import dev.assetflow.processor.model.AssetDeclaration;

/** One concern checked on every asset. */
interface AssetValidator {

    void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report);
}
