package dev.assetflow.processor;

import com.google.auto.service.AutoService;
import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.generation.MarkerGenerator;
import dev.assetflow.processor.generation.SourceWriter;
import dev.assetflow.processor.metadata.ClassPathMetadata;
import dev.assetflow.processor.metadata.CodeRecords;
import dev.assetflow.processor.metadata.MarkerNames;
import dev.assetflow.processor.metadata.MarkerReader;
import dev.assetflow.processor.metadata.MetadataFormat;
import dev.assetflow.processor.metadata.RecordedFacts;
import dev.assetflow.processor.metadata.TypeMetadata;
import dev.assetflow.processor.metadata.TypeMetadataCollector;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.CodeNode;
import dev.assetflow.processor.model.CodeNodeIds;
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
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes what later compilations need to know about this one's types without their source.
 *
 * <ul>
 *   <li>For each type declaring {@code @Asset} or {@code @AssetCheck} methods or annotated {@code @SourceAsset}:
 *       a marker class in the package {@value MarkerNames#PACKAGE}, with the parameter names and code versions of
 *       its methods, the nullability of the records they use and the code they reach. A downstream module's
 *       {@link AssetflowProcessor} reads the markers of its upstream modules' jars to check its inputs and to run
 *       their assets; a partial compilation reads those of the classes it does not recompile.
 *   <li>For each other type whose code an asset reaches (a record, a helper): a code record, the resource
 *       {@code META-INF/assetflow/code/<type>}, with the fingerprint of each method and field, so that code
 *       versions stay whole when the type is not recompiled with the asset calling it.
 * </ul>
 *
 * <p>It is an isolating processor in Gradle's terms: each file depends on one type, so Gradle keeps the files of
 * the types it does not recompile (it deletes and regenerates everything an aggregating processor writes). It
 * looks at every type (it supports {@code *}) because a helper can change without any annotation in sight. It
 * reports nothing; {@link AssetflowProcessor} checks the declarations.
 */
@AutoService(Processor.class)
public final class AssetMetadataProcessor extends AbstractProcessor {

    /** Types seen in any round whose marker is not written yet (their types may be generated later). */
    private final Set<String> pending = new TreeSet<>();
    private final Set<String> written = new HashSet<>();
    /** Types compiled from source in this compilation that declare no assets, by canonical name. */
    private final Set<String> others = new TreeSet<>();
    /** Types whose code the code versions of this compilation's assets reach. */
    private final Set<String> reached = new HashSet<>();
    private SourceCode source;
    private ClassPathMetadata classPath;
    private CodeRecords codeRecords;

    /** Creates the processor; javac calls this through the service loader. */
    public AssetMetadataProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        source = new SourceCode(processingEnv);
        codeRecords = new CodeRecords(processingEnv.getFiler());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            collect(round);
            writeMarkers();
            writeCodeRecords();
        } catch (RuntimeException | LinkageError e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Messages.internalError("the Assetflow metadata of this round", e));
        }
        return false;
    }

    private void collect(RoundEnvironment round) {
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            collect(type);
        }
    }

    private void collect(TypeElement type) {
        if (!source.isFromSource(type)) {
            return; // a class file handed over for processing again (Gradle): its files are still there
        }
        String name = type.getQualifiedName().toString();
        if (declaresAssets(type)) {
            pending.add(name);
        } else if (!name.isEmpty() && !name.startsWith(MarkerNames.PACKAGE + ".")) {
            others.add(name);
        }
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            collect(nested);
        }
    }

    private static boolean declaresAssets(TypeElement type) {
        if (Annotations.find(type, Annotations.SOURCE_ASSET).isPresent()) {
            return true;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (Annotations.find(method, Annotations.ASSET).isPresent()
                    || Annotations.find(method, Annotations.ASSET_CHECK).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void writeMarkers() {
        pending.removeAll(written);
        TreeMap<String, TypeElement> types = new TreeMap<>();
        for (String name : pending) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null && resolved(type)) {
                types.put(name, type);
            }
        }
        if (types.isEmpty()) {
            return;
        }
        TypeMetadataCollector collector = new TypeMetadataCollector(factory(), processingEnv.getTypeUtils());
        SourceWriter writer = new SourceWriter(processingEnv.getFiler(), processingEnv.getElementUtils());
        for (TypeElement type : types.values()) {
            String name = type.getQualifiedName().toString();
            written.add(name);
            Optional<TypeMetadata> metadata = collector.collect(type);
            if (metadata.isEmpty()) {
                continue;
            }
            for (CodeNode node : metadata.get().code()) {
                reached.add(CodeNodeIds.typeOf(node.id()));
                node.callees().forEach(callee -> reached.add(CodeNodeIds.typeOf(callee)));
            }
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

    /**
     * Writes the code records of the other types reached by this compilation's assets or by the assets
     * recorded on the class path (whose markers list the code they reach), so that a record follows every
     * change of its type as long as an asset reaches it.
     */
    private void writeCodeRecords() {
        if (others.isEmpty() || !source.hasTrees()) {
            return;
        }
        Set<String> recordedReach = recordedReach();
        SourceWriter writer = null;
        AssetGraphFactory factory = null;
        for (String name : List.copyOf(others)) {
            if (!reached.contains(name) && !recordedReach.contains(name)) {
                continue;
            }
            others.remove(name);
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type == null) {
                continue;
            }
            factory = factory == null ? factory() : factory;
            List<CodeNode> code = factory.codeOf(type);
            if (code.isEmpty()) {
                continue;
            }
            writer = writer == null ? new SourceWriter(processingEnv.getFiler(), processingEnv.getElementUtils()) : writer;
            try {
                writer.writeResource(CodeRecords.resource(name), MetadataFormat.encodeCode(name, code), type);
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        Messages.internalError("the Assetflow code record of " + name, e), type);
            }
        }
    }

    /** The types the markers on the class path mention as reached by their assets. */
    private Set<String> recordedReach() {
        Set<String> types = new HashSet<>();
        for (TypeMetadata metadata : classPath().recorded().values()) {
            for (CodeNode node : metadata.code()) {
                types.add(CodeNodeIds.typeOf(node.id()));
                node.callees().forEach(callee -> types.add(CodeNodeIds.typeOf(callee)));
            }
        }
        return types;
    }

    private ClassPathMetadata classPath() {
        if (classPath == null) {
            classPath = new MarkerReader(processingEnv.getElementUtils()).read(source::isFromSource);
        }
        return classPath;
    }

    private AssetGraphFactory factory() {
        return new AssetGraphFactory(processingEnv, new RecordedFacts(processingEnv.getTypeUtils(),
                classPath().recorded(), classPath().types().keySet(), codeRecords::read));
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
}
