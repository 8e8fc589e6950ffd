package dev.assetflow.processor;

import com.google.auto.service.AutoService;
import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.generation.MarkerGenerator;
import dev.assetflow.processor.generation.SourceWriter;
import dev.assetflow.processor.metadata.ClassPathMetadata;
import dev.assetflow.processor.metadata.MarkerNames;
import dev.assetflow.processor.metadata.MarkerReader;
import dev.assetflow.processor.metadata.MetadataFormat;
import dev.assetflow.processor.metadata.RecordedFacts;
import dev.assetflow.processor.metadata.TypeMetadata;
import dev.assetflow.processor.metadata.TypeMetadataCollector;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.SourceCode;
import dev.assetflow.processor.model.TypeResolution;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes the metadata of each type that declares {@code @Asset} or {@code @AssetCheck} methods or is a
 * {@code @SourceAsset}: one marker class per type, generated from that type alone, in the package
 * {@value MarkerNames#PACKAGE}. A downstream module's {@link AssetflowProcessor} reads the markers of its
 * upstream modules' jars to check its inputs and to run their assets; a partial compilation reads those of the
 * classes it does not recompile.
 *
 * <p>It is an isolating processor in Gradle's terms: each marker depends on one type, so Gradle keeps the
 * markers of the types it does not recompile (it deletes and regenerates everything an aggregating processor
 * writes). It reports nothing; {@link AssetflowProcessor} checks the declarations.
 */
@AutoService(Processor.class)
public final class AssetMetadataProcessor extends AbstractProcessor {

    /** Types seen in any round whose marker is not written yet (their types may be generated later). */
    private final Set<String> pending = new TreeSet<>();
    private final Set<String> written = new HashSet<>();
    private SourceCode source;

    /** Creates the processor; javac calls this through the service loader. */
    public AssetMetadataProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        source = new SourceCode(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.ASSET, Annotations.ASSET_CHECK, Annotations.SOURCE_ASSET);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            writeMarkers(round);
        } catch (RuntimeException | LinkageError e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Messages.internalError("the Assetflow metadata of this round", e));
        }
        return false;
    }

    private void writeMarkers(RoundEnvironment round) {
        for (String annotation : List.of(Annotations.ASSET, Annotations.ASSET_CHECK)) {
            for (ExecutableElement method : ElementFilter.methodsIn(annotated(round, annotation))) {
                pending.add(((TypeElement) method.getEnclosingElement()).getQualifiedName().toString());
            }
        }
        for (TypeElement type : ElementFilter.typesIn(annotated(round, Annotations.SOURCE_ASSET))) {
            pending.add(type.getQualifiedName().toString());
        }
        pending.removeAll(written);
        TreeMap<String, TypeElement> types = new TreeMap<>();
        for (String name : pending) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null && source.isFromSource(type) && resolved(type)) {
                types.put(name, type);
            }
        }
        if (types.isEmpty()) {
            return;
        }
        var elements = processingEnv.getElementUtils();
        var typeUtils = processingEnv.getTypeUtils();
        ClassPathMetadata classPath = new MarkerReader(elements).read(source::isFromSource);
        AssetGraphFactory factory = new AssetGraphFactory(processingEnv,
                new RecordedFacts(typeUtils, classPath.types(), classPath.types().keySet()));
        TypeMetadataCollector collector = new TypeMetadataCollector(factory, typeUtils);
        SourceWriter writer = new SourceWriter(processingEnv.getFiler(), elements);
        for (TypeElement type : types.values()) {
            written.add(type.getQualifiedName().toString());
            Optional<TypeMetadata> metadata = collector.collect(type);
            if (metadata.isEmpty()) {
                continue;
            }
            String name = type.getQualifiedName().toString();
            try {
                writer.write(MarkerGenerator.generate(MarkerNames.PACKAGE, MarkerNames.forType(name),
                        MarkerReader.FIELD, MetadataFormat.encode(metadata.get()), "{@code " + name + "}",
                        List.of(type)));
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        Messages.internalError("the Assetflow metadata of " + name, e), type);
            }
        }
    }

    /** Whether the type's asset and check methods are resolved; if not, a later round writes its marker. */
    private static boolean resolved(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if ((Annotations.find(method, Annotations.ASSET).isPresent()
                    || Annotations.find(method, Annotations.ASSET_CHECK).isPresent())
                    && !TypeResolution.isResolved(method)) {
                return false;
            }
        }
        return TypeResolution.isResolved(type);
    }

    private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }
}
