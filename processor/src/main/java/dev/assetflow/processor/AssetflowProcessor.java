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
 * {@code @SourceAsset} records of a compilation, checks the asset graph they declare (inputs, cycles, row
 * types, names, partitions, retries, resources, checks) and reports every mistake as a compile error
 * on the offending element. When the graph is sound it generates one {@code Pipeline} class, in the
 * longest common package of the assets or in the package given by {@code -Aassetflow.package=...}.
 *
 * <p>It is an aggregating processor in Gradle's terms: the Pipeline depends on every asset.
 */
@AutoService(Processor.class)
@SupportedOptions(Messages.PACKAGE_OPTION)
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
                Annotations.STATIC_PARTITIONS);
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
