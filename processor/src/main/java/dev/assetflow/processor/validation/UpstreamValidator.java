package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Suggestions;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.DepDeclaration;
import dev.assetflow.processor.model.InputDeclaration;
import java.util.Optional;

/** Every {@code @Input} and every {@code deps} entry names an asset of the compilation. */
final class UpstreamValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        for (InputDeclaration input : asset.inputs()) {
            if (input.isInput() && context.assets(input.upstream()).isEmpty()) {
                Optional<String> suggestion = Suggestions.closest(input.upstream(), context.graph().keys());
                report.error(Messages.unknownInput(input.upstream(), suggestion, input.name(), asset.key()),
                        input.parameter(), input.annotation(), input.value());
            }
        }
        for (DepDeclaration dep : asset.deps()) {
            if (context.assets(dep.key()).isEmpty()) {
                Optional<String> suggestion = Suggestions.closest(dep.key(), context.graph().keys());
                report.error(Messages.unknownDep(dep.key(), suggestion, asset.key()), asset.method(),
                        Optional.of(asset.annotation()), Optional.of(dep.value()));
            }
        }
    }
}
