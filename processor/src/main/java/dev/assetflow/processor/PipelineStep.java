package dev.assetflow.processor;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.generation.PipelineGenerator;
import dev.assetflow.processor.generation.SourceWriter;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.PartitionKind;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import dev.assetflow.processor.model.TypeResolution;
import dev.assetflow.processor.validation.GraphValidator;
import dev.assetflow.processor.validation.PlacementValidator;
import dev.assetflow.processor.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Aggregates the {@code @Asset} and {@code @AssetCheck} methods and {@code @SourceAsset} records of every
 * round and writes the Pipeline once. Elements whose types are not generated yet are waited for; the Pipeline
 * is written in the first round in which everything seen so far resolves and the whole graph is valid. The
 * graph is checked once; declarations appearing in later rounds cannot join it and are reported.
 */
final class PipelineStep {

    private static final String ASSET_METHOD = "@Asset method";
    private static final String CHECK_METHOD = "@AssetCheck method";
    private static final String SOURCE_ASSET = "@SourceAsset";

    private final ProcessingEnvironment environment;
    private final Elements elements;
    private final DiagnosticPrinter printer;
    private final PlacementValidator placement = new PlacementValidator();
    /** Canonical names of the types declaring assets or checks; elements are looked up again in each round. */
    private final Set<String> declaringTypes = new TreeSet<>();
    /** Canonical names of the source asset records. */
    private final Set<String> sourceTypes = new TreeSet<>();
    /** Whether the graph was checked (and, when sound, generated); later declarations cannot join it. */
    private boolean done;

    PipelineStep(ProcessingEnvironment environment) {
        this.environment = environment;
        this.elements = environment.getElementUtils();
        this.printer = new DiagnosticPrinter(environment.getMessager());
    }

    void process(RoundEnvironment round) {
        checkPlacement(round);
        Set<ExecutableElement> newAssets = ElementFilter.methodsIn(annotated(round, Annotations.ASSET));
        Set<ExecutableElement> newChecks = ElementFilter.methodsIn(annotated(round, Annotations.ASSET_CHECK));
        Set<TypeElement> newSources = ElementFilter.typesIn(annotated(round, Annotations.SOURCE_ASSET));
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
        if (declaringTypes.isEmpty()) {
            return; // source assets alone make no Pipeline
        }
        List<ExecutableElement> assetMethods = methods(Annotations.ASSET);
        List<ExecutableElement> checkMethods = methods(Annotations.ASSET_CHECK);
        List<TypeElement> sources = sources();
        ValidationReport.Builder unresolved = ValidationReport.builder();
        assetMethods.stream().filter(m -> !TypeResolution.isResolved(m))
                .forEach(m -> unresolved.error(Messages.unresolvedTypes(ASSET_METHOD, reference(m)), m));
        checkMethods.stream().filter(m -> !TypeResolution.isResolved(m))
                .forEach(m -> unresolved.error(Messages.unresolvedTypes(CHECK_METHOD, reference(m)), m));
        sources.stream().filter(t -> !TypeResolution.isResolved(t)).forEach(t ->
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
        ValidationReport.Builder report = ValidationReport.builder();
        AssetGraphFactory factory = new AssetGraphFactory(environment);
        List<AssetDeclaration> assets = declare(assetMethods, factory::declare, PipelineStep::reference, report);
        List<CheckDeclaration> checks = declare(checkMethods, factory::declareCheck, PipelineStep::reference, report);
        List<SourceAssetDeclaration> sourceAssets = declare(sources, factory::declareSource,
                type -> type.getQualifiedName().toString(), report);
        if (assets.isEmpty() && checks.isEmpty()) {
            printer.print(report.build());
            done = true;
            return;
        }
        validateAndGenerate(new AssetGraph(assets, sourceAssets, checks), report);
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

    private void validateAndGenerate(AssetGraph graph, ValidationReport.Builder report) {
        Optional<String> option = Optional.ofNullable(environment.getOptions().get(Messages.PACKAGE_OPTION));
        Optional<String> pipelinePackage = PipelinePackage.choose(graph, option, elements, report);
        if (pipelinePackage.isPresent()) {
            report.addAll(new GraphValidator().validate(graph, pipelinePackage.get()));
            checkNameIsFree(pipelinePackage.get(), report);
        }
        ValidationReport result = report.build();
        printer.print(result);
        done = true;
        if (result.isClean() && pipelinePackage.isPresent() && !graph.assets().isEmpty()) {
            write(graph, pipelinePackage.get());
        }
    }

    private void checkNameIsFree(String packageName, ValidationReport.Builder report) {
        String name = qualified(packageName);
        TypeElement existing = elements.getTypeElement(name);
        if (existing != null) {
            report.error(Messages.pipelineExists(name), existing);
        }
    }

    private void write(AssetGraph graph, String packageName) {
        Element anchor = graph.assets().get(0).method();
        try {
            boolean cli = elements.getTypeElement(PipelineGenerator.PIPELINE_CLI) != null;
            new SourceWriter(environment.getFiler(), elements)
                    .write(new PipelineGenerator(cli).generate(graph, packageName));
        } catch (IOException | RuntimeException e) {
            printer.print(ValidationReport.builder()
                    .error(Messages.internalError("the Pipeline of " + graph.assets().size() + " assets", e), anchor)
                    .build());
        }
    }

    /** The methods annotated {@code annotation} in the types declaring assets or checks. */
    private List<ExecutableElement> methods(String annotation) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (String name : declaringTypes) {
            TypeElement type = elements.getTypeElement(name);
            if (type == null) {
                continue;
            }
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (Annotations.find(method, annotation).isPresent()) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private List<TypeElement> sources() {
        List<TypeElement> types = new ArrayList<>();
        for (String name : sourceTypes) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    private static <E extends Element, D> List<D> declare(List<E> elements, Function<E, D> declare,
            Function<E, String> reference, ValidationReport.Builder report) {
        List<D> declarations = new ArrayList<>();
        for (E element : elements) {
            try {
                declarations.add(declare.apply(element));
            } catch (RuntimeException | LinkageError e) {
                report.error(Messages.internalError(reference.apply(element), e), element);
            }
        }
        return declarations;
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

    private static String qualified(String packageName) {
        return packageName.isEmpty() ? PipelineGenerator.PIPELINE : packageName + "." + PipelineGenerator.PIPELINE;
    }

    private static String reference(ExecutableElement method) {
        return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "#" + method.getSimpleName();
    }
}
