package dev.assetflow.processor;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.generation.MarkerGenerator;
import dev.assetflow.processor.generation.PipelineGenerator;
import dev.assetflow.processor.generation.SourceWriter;
import dev.assetflow.processor.generation.TableGenerator;
import dev.assetflow.processor.metadata.ClassPathMetadata;
import dev.assetflow.processor.metadata.CodeRecords;
import dev.assetflow.processor.metadata.MarkerNames;
import dev.assetflow.processor.metadata.MarkerReader;
import dev.assetflow.processor.metadata.MetadataFormat;
import dev.assetflow.processor.metadata.PipelineIndex;
import dev.assetflow.processor.metadata.RecordedFacts;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.PartitionKind;
import dev.assetflow.processor.model.SourceCode;
import dev.assetflow.processor.model.TypeResolution;
import dev.assetflow.processor.validation.GraphValidator;
import dev.assetflow.processor.validation.PlacementValidator;
import dev.assetflow.processor.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Aggregates the {@code @Asset} and {@code @AssetCheck} methods and {@code @SourceAsset} records of every
 * round, joins them with the assets of the modules on the class path and with this module's classes that a
 * partial compilation does not recompile (both known through their metadata), and writes each pipeline once.
 * Elements whose types are not generated yet are waited for; the pipelines are written in the first round in
 * which everything seen so far resolves and every graph is valid. The graphs are checked once; declarations
 * appearing in later rounds cannot join them and are reported.
 */
final class PipelineStep {

    private static final String ASSET_METHOD = "@Asset method";
    private static final String CHECK_METHOD = "@AssetCheck method";
    private static final String SOURCE_ASSET = "@SourceAsset";

    private final ProcessingEnvironment environment;
    private final Elements elements;
    private final DiagnosticPrinter printer;
    private final SourceCode source;
    private final PlacementValidator placement = new PlacementValidator();
    private final TableStep tables;
    /** Canonical names of the types declaring assets or checks; elements are looked up again in each round. */
    private final Set<String> declaringTypes = new TreeSet<>();
    /** Canonical names of the source asset records. */
    private final Set<String> sourceTypes = new TreeSet<>();
    /** Names of the packages annotated {@code @AssetPipeline} in this compilation. */
    private final Set<String> pipelinePackages = new TreeSet<>();
    /** Whether the graph was checked (and, when sound, generated); later declarations cannot join it. */
    private boolean done;

    PipelineStep(ProcessingEnvironment environment) {
        this.environment = environment;
        this.elements = environment.getElementUtils();
        this.printer = new DiagnosticPrinter(environment.getMessager());
        this.source = new SourceCode(environment);
        this.tables = new TableStep(environment);
    }

    void process(RoundEnvironment round) {
        checkPlacement(round);
        Set<ExecutableElement> newAssets = ElementFilter.methodsIn(annotated(round, Annotations.ASSET));
        Set<ExecutableElement> newChecks = ElementFilter.methodsIn(annotated(round, Annotations.ASSET_CHECK));
        Set<TypeElement> newSources = ElementFilter.typesIn(annotated(round, Annotations.SOURCE_ASSET));
        Set<PackageElement> newPipelines = ElementFilter.packagesIn(annotated(round, Annotations.ASSET_PIPELINE));
        if (done) {
            reportLate(newAssets, newChecks, newSources);
            return;
        }
        for (ExecutableElement method : newAssets) {
            declaringTypes.add(((TypeElement) method.getEnclosingElement()).getQualifiedName().toString());
        }
        for (ExecutableElement method : newChecks) {
            declaringTypes.add(((TypeElement) method.getEnclosingElement()).getQualifiedName().toString());
        }
        for (TypeElement type : newSources) {
            sourceTypes.add(type.getQualifiedName().toString());
        }
        for (PackageElement annotatedPackage : newPipelines) {
            pipelinePackages.add(annotatedPackage.getQualifiedName().toString());
        }
        if (declaringTypes.isEmpty() && sourceTypes.isEmpty() && pipelinePackages.isEmpty()) {
            return;
        }
        tables.process(methods(Annotations.ASSET), methods(Annotations.ASSET_CHECK), types(sourceTypes));
        ValidationReport.Builder unresolved = ValidationReport.builder();
        methods(Annotations.ASSET).stream().filter(m -> !TypeResolution.isResolved(m))
                .forEach(m -> reportUnresolved(m, ASSET_METHOD, unresolved));
        methods(Annotations.ASSET_CHECK).stream().filter(m -> !TypeResolution.isResolved(m))
                .forEach(m -> reportUnresolved(m, CHECK_METHOD, unresolved));
        types(sourceTypes).stream().filter(t -> !TypeResolution.isResolved(t)).forEach(t ->
                unresolved.error(Messages.unresolvedTypes(SOURCE_ASSET, t.getQualifiedName().toString()), t));
        ValidationReport unresolvedReport = unresolved.build();
        if (!unresolvedReport.isClean()) {
            if (round.processingOver()) {
                // Last round and still unresolved: javac reports the missing types; checking the rest of the
                // graph without these elements would only add misleading errors (such as inputs naming them).
                printer.print(unresolvedReport);
            }
            return; // otherwise another processor may still generate the missing types
        }
        done = true;
        generate();
    }

    /**
     * An unresolved SQL method's {@code @Input} tables that do not exist are reported at each parameter, saying
     * when tables are generated; so is a Java method's {@code @Input} parameter typed as the table of the asset
     * it names (only SQL methods read tables, and a compilation without one generates none). Any other
     * unresolved method is reported as such.
     */
    private void reportUnresolved(ExecutableElement method, String what, ValidationReport.Builder report) {
        boolean reported = false;
        boolean sql = TableStep.returnsSelect(method);
        for (VariableElement parameter : method.getParameters()) {
            Optional<AnnotationMirror> input = Annotations.find(parameter, Annotations.INPUT);
            if (parameter.asType().getKind() != TypeKind.ERROR || input.isEmpty()) {
                continue;
            }
            String name = parameter.getSimpleName().toString();
            String type = parameter.asType().toString();
            if (sql) {
                reported = true;
                report.error(Messages.missingTable(name, reference(method), type,
                        tables.mode() == TableStep.Mode.NONE), parameter);
            } else if (isTableOf(type, Annotations.stringValue(input.get(), "value"))) {
                reported = true;
                report.error(Messages.tableInputOfJavaCode(name, reference(method), type), parameter);
            }
        }
        if (!reported) {
            report.error(Messages.unresolvedTypes(what, reference(method)), method);
        }
    }

    /** Whether the (unresolved) type {@code type} is named as the table class of asset {@code key}. */
    private static boolean isTableOf(String type, String key) {
        String simpleName = type.substring(type.lastIndexOf('.') + 1);
        return !key.isEmpty() && simpleName.equals(TableGenerator.className("", key).simpleName());
    }

    private void checkPlacement(RoundEnvironment round) {
        printer.print(placement.validateParameters(annotated(round, Annotations.INPUT), false));
        printer.print(placement.validateParameters(annotated(round, Annotations.RESOURCE), true));
        printer.print(placement.validateOnAssets(annotated(round, Annotations.RETRY), Annotations.RETRY));
        for (PartitionKind kind : PartitionKind.values()) {
            printer.print(placement.validateOnAssets(annotated(round, kind.annotation()), kind.annotation()));
        }
    }

    private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = elements.getTypeElement(annotation);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }

    private void generate() {
        ValidationReport.Builder report = ValidationReport.builder();
        Element anchor = anchor(rootTypes());
        ClassPathMetadata classPath = new MarkerReader(elements).read(source::isFromSource);
        for (ClassPathMetadata.Unreadable marker : classPath.unreadable()) {
            report.error(marker.version().map(v -> Messages.metadataVersion(marker.marker(), v, MetadataFormat.VERSION))
                    .orElseGet(() -> Messages.unreadableMetadata(marker.marker(), marker.reason())), anchor);
        }
        ModuleTypes module = ModuleTypes.of(rootTypes(), classPath, this::indexInClassOutput, name -> {
            TypeElement type = elements.getTypeElement(name);
            return type != null && !source.isFromSource(type);
        });
        module.missing().forEach((type, pipeline) -> report.error(Messages.missingMetadata(type, pipeline), anchor));
        RecordedFacts facts = new RecordedFacts(environment.getTypeUtils(), classPath.recorded(), module.upstream(),
                new CodeRecords(environment.getFiler())::read);
        ModuleDeclarations declarations = ModuleDeclarations.declare(module.all(), elements,
                new AssetGraphFactory(environment, facts), report);
        Map<String, PipelinePlacement.Pipeline> pipelines = new PipelinePlacement(elements, environment.getOptions())
                .place(types(module.own()), annotatedPackages(), source::isFromSource, anchor, report);
        Map<PipelinePlacement.Pipeline, AssetGraph> graphs = new TreeMap<>(
                (a, b) -> a.qualifiedName().compareTo(b.qualifiedName()));
        for (PipelinePlacement.Pipeline pipeline : pipelines.values()) {
            AssetGraph graph = declarations.graph(pipeline, pipelines.values(), module.upstream());
            if (graph.assets().isEmpty() && graph.checks().isEmpty()) {
                continue; // source assets alone make no Pipeline
            }
            Element pipelineAnchor = anchor(pipeline).orElse(anchor);
            Set<String> checked = new TreeSet<>();
            pipeline.ownTypes().stream().filter(source::isFromSource)
                    .forEach(type -> checked.add(type.getQualifiedName().toString()));
            report.addAll(new GraphValidator().validate(graph, pipeline.packageName(),
                    type -> checked.contains(type.getQualifiedName().toString()), Optional.of(pipelineAnchor)));
            if (!graph.assets().isEmpty()) {
                checkNameIsFree(pipeline, classPath, module, pipelineAnchor, report);
                graphs.put(pipeline, graph);
            }
        }
        ValidationReport result = report.build();
        printer.print(result);
        if (result.isClean()) {
            graphs.forEach((pipeline, graph) -> write(pipeline, graph, anchor));
        }
    }

    private List<String> rootTypes() {
        Set<String> roots = new TreeSet<>(declaringTypes);
        roots.addAll(sourceTypes);
        return List.copyOf(roots);
    }

    private List<PackageElement> annotatedPackages() {
        List<PackageElement> packages = new ArrayList<>();
        for (String name : pipelinePackages) {
            PackageElement element = elements.getPackageElement(name);
            if (element != null) {
                packages.add(element);
            }
        }
        return packages;
    }

    /** Where to report what concerns the whole compilation: the first type declaring assets compiled now. */
    private Element anchor(List<String> roots) {
        List<TypeElement> types = types(roots);
        return types.stream().filter(source::isFromSource).<Element>map(t -> t).findFirst()
                .or(() -> annotatedPackages().stream().<Element>map(p -> p).findFirst())
                .orElseGet(() -> types.get(0));
    }

    /** Where to report what concerns one pipeline: its first type compiled now, or its annotated package. */
    private Optional<Element> anchor(PipelinePlacement.Pipeline pipeline) {
        return pipeline.ownTypes().stream().filter(source::isFromSource).<Element>map(t -> t).findFirst()
                .or(() -> pipeline.annotatedPackage()
                        .filter(p -> pipelinePackages.contains(p.getQualifiedName().toString())));
    }

    /**
     * The pipeline's class does not exist, or is this module's own from an earlier compilation (a partial
     * compilation replaces it); a type of that name written by hand, or another module's pipeline, is an error.
     */
    private void checkNameIsFree(PipelinePlacement.Pipeline pipeline, ClassPathMetadata classPath, ModuleTypes module,
            Element anchor, ValidationReport.Builder report) {
        String name = pipeline.qualifiedName();
        TypeElement existing = elements.getTypeElement(name);
        if (existing == null || module.ownPipelines().contains(name) && !source.isFromSource(existing)) {
            return;
        }
        Optional<PipelineIndex> index = classPath.pipeline(name);
        if (source.isFromSource(existing) || index.isEmpty()) {
            report.error(Messages.pipelineExists(name), source.isFromSource(existing) ? existing : anchor);
        } else {
            report.error(Messages.pipelineOfOtherModule(name, index.get().types()), anchor);
        }
    }

    /** Whether this compilation's class output holds the index of {@code pipeline}: this module wrote it. */
    private boolean indexInClassOutput(String pipeline) {
        try {
            FileObject file = environment.getFiler().getResource(StandardLocation.CLASS_OUTPUT, MarkerNames.PACKAGE,
                    MarkerNames.forPipeline(pipeline) + ".class");
            try (InputStream in = file.openInputStream()) {
                return in != null;
            }
        } catch (IOException | RuntimeException notThere) {
            return false;
        }
    }

    private void write(PipelinePlacement.Pipeline pipeline, AssetGraph graph, Element anchor) {
        try {
            boolean cli = elements.getTypeElement(PipelineGenerator.PIPELINE_CLI) != null;
            SourceWriter writer = new SourceWriter(environment.getFiler(), elements);
            writer.write(new PipelineGenerator(cli).generate(graph, pipeline.packageName(), pipeline.simpleName()));
            List<String> owned = pipeline.ownTypes().stream().map(t -> t.getQualifiedName().toString()).toList();
            writer.write(MarkerGenerator.generate(MarkerNames.PACKAGE, MarkerNames.forPipeline(pipeline.qualifiedName()),
                    MarkerReader.FIELD, MetadataFormat.encode(new PipelineIndex(pipeline.qualifiedName(), owned)),
                    "pipeline {@link " + pipeline.qualifiedName() + "}",
                    pipeline.ownTypes().stream().filter(source::isFromSource).toList()));
        } catch (IOException | RuntimeException e) {
            printer.print(ValidationReport.builder()
                    .error(Messages.internalError("the pipeline " + pipeline.qualifiedName() + " of "
                            + graph.assets().size() + " assets", e), anchor)
                    .build());
        }
    }

    /** The methods annotated {@code annotation} in the types declaring assets or checks. */
    private List<ExecutableElement> methods(String annotation) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (TypeElement type : types(declaringTypes)) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (Annotations.find(method, annotation).isPresent()) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private List<TypeElement> types(Iterable<String> names) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : names) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    private void reportLate(Set<ExecutableElement> assets, Set<ExecutableElement> checks, Set<TypeElement> sources) {
        ValidationReport.Builder report = ValidationReport.builder();
        for (ExecutableElement method : assets) {
            report.error(Messages.lateAsset(ASSET_METHOD, reference(method)), method);
        }
        for (ExecutableElement method : checks) {
            report.error(Messages.lateAsset(CHECK_METHOD, reference(method)), method);
        }
        for (TypeElement type : sources) {
            report.error(Messages.lateAsset(SOURCE_ASSET, type.getQualifiedName().toString()), type);
        }
        printer.print(report.build());
    }

    private static String reference(ExecutableElement method) {
        return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "#" + method.getSimpleName();
    }
}
