package dev.assetflow.processor;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.generation.PipelineGenerator;
import dev.assetflow.processor.generation.SourceWriter;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.TypeResolution;
import dev.assetflow.processor.validation.GraphValidator;
import dev.assetflow.processor.validation.InputPlacementValidator;
import dev.assetflow.processor.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Aggregates the {@code @Asset} methods of every round and writes the Pipeline once. Methods whose types
 * are not generated yet are waited for; the Pipeline is written in the first round in which every asset
 * seen so far resolves and the whole graph is valid. The graph is checked once; assets appearing in later
 * rounds cannot join it and are reported.
 */
final class PipelineStep {

    private final ProcessingEnvironment environment;
    private final Elements elements;
    private final DiagnosticPrinter printer;
    private final InputPlacementValidator inputPlacement = new InputPlacementValidator();
    /** Canonical names of the types declaring assets; elements are looked up again in each round. */
    private final Set<String> declaringTypes = new TreeSet<>();
    /** Whether the graph was checked (and, when sound, generated); later assets cannot join it. */
    private boolean done;

    PipelineStep(ProcessingEnvironment environment) {
        this.environment = environment;
        this.elements = environment.getElementUtils();
        this.printer = new DiagnosticPrinter(environment.getMessager());
    }

    void process(RoundEnvironment round) {
        TypeElement input = elements.getTypeElement(Annotations.INPUT);
        TypeElement asset = elements.getTypeElement(Annotations.ASSET);
        if (input != null) {
            printer.print(inputPlacement.validate(round.getElementsAnnotatedWith(input)));
        }
        Set<ExecutableElement> newAssets = asset == null ? Set.of()
                : ElementFilter.methodsIn(round.getElementsAnnotatedWith(asset));
        if (done) {
            reportLate(newAssets);
            return;
        }
        for (ExecutableElement method : newAssets) {
            declaringTypes.add(((TypeElement) method.getEnclosingElement()).getQualifiedName().toString());
        }
        if (declaringTypes.isEmpty()) {
            return;
        }
        List<ExecutableElement> methods = assetMethods();
        List<ExecutableElement> unresolved = methods.stream().filter(m -> !TypeResolution.isResolved(m)).toList();
        if (!unresolved.isEmpty() && !round.processingOver()) {
            return; // another processor may still generate the missing types
        }
        ValidationReport.Builder report = ValidationReport.builder();
        if (!unresolved.isEmpty()) {
            // Last round and still unresolved: javac reports the missing types; checking the rest of the graph
            // without these assets would only add misleading errors (such as inputs naming them).
            for (ExecutableElement method : unresolved) {
                report.error(Messages.unresolvedTypes(reference(method)), method);
            }
            printer.print(report.build());
            return;
        }
        List<AssetDeclaration> assets = declare(methods, report);
        if (assets.isEmpty()) {
            printer.print(report.build());
            done = true;
            return;
        }
        validateAndGenerate(new AssetGraph(assets), report);
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
        if (result.isClean() && pipelinePackage.isPresent()) {
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
            new SourceWriter(environment.getFiler(), elements)
                    .write(new PipelineGenerator().generate(graph, packageName));
        } catch (IOException | RuntimeException e) {
            printer.print(ValidationReport.builder()
                    .error(Messages.internalError("the Pipeline of " + graph.assets().size() + " assets", e), anchor)
                    .build());
        }
    }

    private List<ExecutableElement> assetMethods() {
        List<ExecutableElement> methods = new ArrayList<>();
        for (String name : declaringTypes) {
            TypeElement type = elements.getTypeElement(name);
            if (type == null) {
                continue;
            }
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (Annotations.find(method, Annotations.ASSET).isPresent()) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private List<AssetDeclaration> declare(List<ExecutableElement> methods, ValidationReport.Builder report) {
        AssetGraphFactory factory = new AssetGraphFactory(environment);
        List<AssetDeclaration> assets = new ArrayList<>();
        for (ExecutableElement method : methods) {
            try {
                assets.add(factory.declare(method));
            } catch (RuntimeException | LinkageError e) {
                report.error(Messages.internalError(reference(method), e), method);
            }
        }
        return assets;
    }

    private void reportLate(Set<ExecutableElement> methods) {
        ValidationReport.Builder report = ValidationReport.builder();
        for (ExecutableElement method : methods) {
            report.error(Messages.lateAsset(reference(method)), method);
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
