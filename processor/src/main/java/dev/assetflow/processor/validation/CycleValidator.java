package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.DepDeclaration;
import dev.assetflow.processor.model.ParameterDeclaration;
import java.util.List;
import java.util.Optional;

/**
 * No asset depends on itself, directly or through others. Each member of a cycle gets its own error,
 * listing the cycle from that member in data-flow order, on the input or dep that closes it.
 */
final class CycleValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        Optional<List<String>> cycle = context.cycles().cycleThrough(asset.key());
        if (cycle.isEmpty()) {
            return;
        }
        String message = Messages.cycle(asset.key(), cycle.get());
        String closing = cycle.get().get(cycle.get().size() - 2);
        for (ParameterDeclaration input : asset.parameters()) {
            if (input.isInput() && input.upstream().equals(closing)) {
                report.error(message, input.parameter(), input.annotation(), input.value());
                return;
            }
        }
        for (DepDeclaration dep : asset.deps()) {
            if (dep.key().equals(closing)) {
                report.error(message, asset.method(), Optional.of(asset.annotation()), Optional.of(dep.value()));
                return;
            }
        }
        report.error(message, asset.method());
    }
}
