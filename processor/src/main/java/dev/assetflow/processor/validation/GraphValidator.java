package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import java.util.List;

/**
 * Runs every check on every asset of a graph and collects one report, so a single compile shows every
 * mistake. A validator that fails on an asset is reported as an internal error on that asset; the other
 * checks still run.
 */
public final class GraphValidator {

    private final List<AssetValidator> validators = List.of(
            new AssetMethodValidator(),
            new ParameterValidator(),
            new RowTypeValidator(),
            new NameValidator(),
            new AccessibilityValidator(),
            new DuplicateKeyValidator(),
            new UpstreamValidator(),
            new CycleValidator(),
            new InputCompatibilityValidator());

    /** Validates {@code graph}, whose Pipeline is to be generated in {@code pipelinePackage}. */
    public ValidationReport validate(AssetGraph graph, String pipelinePackage) {
        ValidationContext context = new ValidationContext(graph, pipelinePackage);
        ValidationReport.Builder report = ValidationReport.builder();
        for (AssetDeclaration asset : graph.assets()) {
            for (AssetValidator validator : validators) {
                try {
                    validator.validate(asset, context, report);
                } catch (RuntimeException | LinkageError e) {
                    report.error(Messages.internalError(asset.methodReference(), e), asset.method());
                }
            }
        }
        return report.build();
    }
}
