package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import java.util.List;

/**
 * Runs every check on every asset, source asset and asset check of a graph and collects one report, so a
 * single compile shows every mistake. A validator that fails on an element is reported as an internal error
 * on that element; the other checks still run.
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
            new InputCompatibilityValidator(),
            new PartitionsValidator(),
            new RetryValidator());

    private final List<CheckValidator> checkValidators = List.of(
            new CheckMethodValidator(),
            new ParameterValidator(),
            new RowTypeValidator(),
            new NameValidator(),
            new AccessibilityValidator(),
            new UpstreamValidator(),
            new InputCompatibilityValidator());

    private final SourceAssetValidator sourceValidator = new SourceAssetValidator();

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
        for (SourceAssetDeclaration source : graph.sources()) {
            try {
                sourceValidator.validate(source, context, report);
            } catch (RuntimeException | LinkageError e) {
                report.error(Messages.internalError(source.typeName(), e), source.type());
            }
        }
        for (CheckDeclaration check : graph.checks()) {
            for (CheckValidator validator : checkValidators) {
                try {
                    validator.validate(check, context, report);
                } catch (RuntimeException | LinkageError e) {
                    report.error(Messages.internalError(check.methodReference(), e), check.method());
                }
            }
        }
        return report.build();
    }
}
