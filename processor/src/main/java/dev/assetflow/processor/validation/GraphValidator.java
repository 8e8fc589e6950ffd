package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

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
            new RetryValidator(),
            new SqlAssetValidator());

    private final List<CheckValidator> checkValidators = List.of(
            new CheckMethodValidator(),
            new ParameterValidator(),
            new RowTypeValidator(),
            new NameValidator(),
            new AccessibilityValidator(),
            new UpstreamValidator(),
            new InputCompatibilityValidator(),
            new SqlAssetValidator());

    private final SourceAssetValidator sourceValidator = new SourceAssetValidator();

    /** Validates {@code graph}, whose Pipeline is to be generated in {@code pipelinePackage}. */
    public ValidationReport validate(AssetGraph graph, String pipelinePackage) {
        return validate(graph, pipelinePackage, type -> true, Optional.empty());
    }

    /**
     * Validates the declarations of the types {@code checked} (those compiled from source now) in the context of
     * all of {@code graph}, whose Pipeline is to be generated in {@code pipelinePackage}. The others were checked
     * when their module was compiled; what depends on this Pipeline (that it can reach them, that their keys do
     * not collide) is reported on {@code anchor}.
     */
    public ValidationReport validate(AssetGraph graph, String pipelinePackage, Predicate<TypeElement> checked,
            Optional<Element> anchor) {
        ValidationContext context = new ValidationContext(graph, pipelinePackage);
        ValidationReport.Builder report = ValidationReport.builder();
        anchor.ifPresent(element -> new ClassPathValidator().validate(context, checked, element, report));
        for (AssetDeclaration asset : graph.assets()) {
            if (!checked.test(asset.declaringType())) {
                continue;
            }
            for (AssetValidator validator : validators) {
                try {
                    validator.validate(asset, context, report);
                } catch (RuntimeException | LinkageError e) {
                    report.error(Messages.internalError(asset.methodReference(), e), asset.method());
                }
            }
        }
        for (SourceAssetDeclaration source : graph.sources()) {
            if (!checked.test(source.type())) {
                continue;
            }
            try {
                sourceValidator.validate(source, context, report);
            } catch (RuntimeException | LinkageError e) {
                report.error(Messages.internalError(source.typeName(), e), source.type());
            }
        }
        for (CheckDeclaration check : graph.checks()) {
            if (!checked.test(check.declaringType())) {
                continue;
            }
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
