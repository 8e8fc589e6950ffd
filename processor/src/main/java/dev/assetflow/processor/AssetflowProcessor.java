package dev.assetflow.processor;

import com.google.auto.service.AutoService;
import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The Assetflow annotation processor. It collects the {@code @Asset} and {@code @AssetCheck} methods and
 * {@code @SourceAsset} records of a compilation, joins them with the assets of the modules on the class path
 * (and, in a partial compilation, with this module's classes it does not recompile), checks the asset graph
 * they declare (inputs, cycles, row types, names, partitions, retries, resources, checks) and reports every
 * mistake as a compile error on the offending element. A declaration that compiles but loses data it seems to
 * keep (an {@code OffsetDateTime} component, whose column keeps the instant only) gets a warning on the element,
 * which {@code @SuppressWarnings("assetflow:<name>")} silences. When the graph is sound it generates the pipeline
 * class: in the package annotated {@code @AssetPipeline}, else in the package given by
 * {@code -Aassetflow.package=...}, else in the longest common package of the assets; named by the annotation,
 * else by {@code -Aassetflow.pipeline=...}, else {@code Pipeline}. It also generates the jOOQ table class of every
 * asset and source asset when the compilation declares a SQL asset or SQL check, or always with
 * {@code -Aassetflow.tables=all} ({@code none}: never).
 *
 * <p>It reads the metadata that {@link AssetMetadataProcessor} writes for every type declaring assets; both
 * must be on the processor path (they are registered as services, so a processor path with the processor's
 * jar runs both). It is an aggregating processor in Gradle's terms: a pipeline depends on every asset.
 */
@AutoService(Processor.class)
@SupportedOptions({Messages.PACKAGE_OPTION, Messages.NAME_OPTION, Messages.TABLES_OPTION})
public final class AssetflowProcessor extends AbstractProcessor {

    private PipelineStep step;

    /** Creates the processor; javac calls this through the service loader. */
    public AssetflowProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        step = new PipelineStep(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.ASSET, Annotations.INPUT, Annotations.ASSET_CHECK, Annotations.SOURCE_ASSET,
                Annotations.RESOURCE, Annotations.RETRY, Annotations.DAILY_PARTITIONS, Annotations.MONTHLY_PARTITIONS,
                Annotations.STATIC_PARTITIONS, Annotations.ASSET_PIPELINE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            step.process(round);
        } catch (RuntimeException | LinkageError e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Messages.internalError("the assets of this round", e));
        }
        return false;
    }
}
