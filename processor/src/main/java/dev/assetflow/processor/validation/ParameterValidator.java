package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.InputDeclaration;

/** Every asset parameter is an {@code @Input List<R>} or {@code @Input Stream<R>}. */
final class ParameterValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        for (InputDeclaration input : asset.inputs()) {
            if (!input.isInput()) {
                report.error(Messages.notAnInput(input.name()), input.parameter());
            } else if (input.rows().kind().isEmpty() || input.rows().elementType().isEmpty()) {
                String type = TypeDescriptions.describe(input.rows().type());
                report.error(Messages.unsupportedInput(input.name(), type), input.parameter());
            }
        }
    }
}
