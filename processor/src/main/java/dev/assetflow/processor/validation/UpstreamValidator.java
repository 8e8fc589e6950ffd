package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Suggestions;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.DepDeclaration;
import dev.assetflow.processor.model.ParameterDeclaration;
import java.util.Optional;

/**
 * Every {@code @Input} and every {@code deps} entry names an asset or a source asset of the compilation.
 */
final class UpstreamValidator implements AssetValidator, CheckValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        validateInputs(ParameterOwner.of(asset), context, report);
        for (DepDeclaration dep : asset.deps()) {
            if (!context.readableKeys().contains(dep.key())) {
                Optional<String> suggestion = Suggestions.closest(dep.key(), context.readableKeys());
                report.error(Messages.unknownDep(dep.key(), suggestion, asset.key()), asset.method(),
                        Optional.of(asset.annotation()), Optional.of(dep.value()));
            }
        }
    }

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        validateInputs(ParameterOwner.of(check), context, report);
    }

    private static void validateInputs(ParameterOwner owner, ValidationContext context,
            ValidationReport.Builder report) {
        for (ParameterDeclaration input : owner.parameters()) {
            if (input.isInput() && !context.readableKeys().contains(input.upstream())) {
                Optional<String> suggestion = Suggestions.closest(input.upstream(), context.readableKeys());
                report.error(Messages.unknownInput(input.upstream(), suggestion, input.name(), owner.description()),
                        input.parameter(), input.annotation(), input.value());
            }
        }
    }
}
