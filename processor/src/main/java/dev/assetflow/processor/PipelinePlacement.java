package dev.assetflow.processor;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Decides the pipelines of a module and which types' assets each owns. A type belongs to the pipeline of the
 * nearest enclosing package annotated {@code @AssetPipeline}; the others to the pipeline in the package of
 * {@code -Aassetflow.package}, or, without it, in the longest common package of those types (named by
 * {@code -Aassetflow.pipeline}, else {@code Pipeline}). Types outside every annotated package of a module that
 * annotates packages, without the option, are an error rather than a pipeline nobody asked for.
 */
final class PipelinePlacement {

    /** The simple name of a pipeline nothing names. */
    static final String DEFAULT_NAME = "Pipeline";

    /**
     * One pipeline to generate.
     *
     * @param packageName its package
     * @param simpleName its class name
     * @param ownTypes the types of this module whose assets, checks and source assets it owns
     * @param annotatedPackage the package whose {@code @AssetPipeline} places it, if one does
     */
    record Pipeline(String packageName, String simpleName, List<TypeElement> ownTypes,
            Optional<PackageElement> annotatedPackage) {

        String qualifiedName() {
            return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        }
    }

    private final Elements elements;
    private final Optional<String> packageOption;
    private final Optional<String> nameOption;
    private final Map<String, Optional<PackageElement>> annotated = new HashMap<>();

    PipelinePlacement(Elements elements, Map<String, String> options) {
        this.elements = elements;
        this.packageOption = Optional.ofNullable(options.get(Messages.PACKAGE_OPTION)).map(String::trim);
        this.nameOption = Optional.ofNullable(options.get(Messages.NAME_OPTION)).map(String::trim);
    }

    /**
     * The pipelines of {@code ownTypes}, by qualified name, plus one for every package of {@code annotatedPackages}
     * (annotated in this compilation) that owns no type. Mistakes go to {@code report}: on the package or the
     * type at fault when it is compiled from source ({@code fromSource}), else on {@code anchor}.
     */
    Map<String, Pipeline> place(Collection<TypeElement> ownTypes, Collection<PackageElement> annotatedPackages,
            Predicate<TypeElement> fromSource, Element anchor, ValidationReport.Builder report) {
        Map<String, List<TypeElement>> byPipeline = new TreeMap<>();
        Map<String, PackageElement> annotationOf = new TreeMap<>();
        List<TypeElement> implicit = new ArrayList<>();
        boolean valid = validOptions(anchor, report);
        for (PackageElement annotatedPackage : annotatedPackages) {
            pipelineOf(annotatedPackage, report).ifPresent(name -> {
                byPipeline.computeIfAbsent(name, n -> new ArrayList<>());
                annotationOf.put(name, annotatedPackage);
            });
        }
        for (TypeElement type : ownTypes) {
            Optional<PackageElement> annotatedPackage = nearestAnnotated(elements.getPackageOf(type));
            if (annotatedPackage.isPresent()) {
                Optional<String> name = pipelineOf(annotatedPackage.get(), report);
                name.ifPresent(n -> {
                    byPipeline.computeIfAbsent(n, k -> new ArrayList<>()).add(type);
                    annotationOf.put(n, annotatedPackage.get());
                });
            } else {
                implicit.add(type);
            }
        }
        if (!implicit.isEmpty() && valid) {
            placeImplicit(implicit, annotationOf, fromSource, anchor, report).ifPresent(name ->
                    byPipeline.computeIfAbsent(name, n -> new ArrayList<>()).addAll(implicit));
        }
        Map<String, Pipeline> pipelines = new TreeMap<>();
        byPipeline.forEach((name, types) -> {
            int dot = name.lastIndexOf('.');
            types.sort((a, b) -> a.getQualifiedName().toString().compareTo(b.getQualifiedName().toString()));
            pipelines.put(name, new Pipeline(dot < 0 ? "" : name.substring(0, dot), name.substring(dot + 1), types,
                    Optional.ofNullable(annotationOf.get(name))));
        });
        return pipelines;
    }

    private boolean validOptions(Element anchor, ValidationReport.Builder report) {
        boolean valid = true;
        if (packageOption.isPresent() && !packageOption.get().isEmpty() && !SourceVersion.isName(packageOption.get())) {
            report.error(Messages.invalidPackageOption(packageOption.get()), anchor);
            valid = false;
        }
        if (nameOption.isPresent() && !isClassName(nameOption.get())) {
            report.error(Messages.invalidPipelineName(nameOption.get(), "-A" + Messages.NAME_OPTION), anchor);
            valid = false;
        }
        return valid;
    }

    private Optional<String> placeImplicit(List<TypeElement> implicit, Map<String, PackageElement> annotationOf,
            Predicate<TypeElement> fromSource, Element anchor, ValidationReport.Builder report) {
        String name = nameOption.orElse(DEFAULT_NAME);
        if (packageOption.isPresent()) {
            return Optional.of(qualified(packageOption.get(), name));
        }
        if (!annotationOf.isEmpty()) {
            List<String> annotatedNames = annotationOf.values().stream()
                    .map(p -> p.getQualifiedName().toString()).distinct().sorted().toList();
            for (TypeElement type : implicit) {
                report.error(Messages.ambiguousPipeline(type.getQualifiedName().toString(),
                        elements.getPackageOf(type).getQualifiedName().toString(), annotatedNames),
                        fromSource.test(type) ? type : anchor);
            }
            return Optional.empty();
        }
        TreeSet<String> packages = new TreeSet<>();
        for (TypeElement type : implicit) {
            packages.add(elements.getPackageOf(type).getQualifiedName().toString());
        }
        String common = PipelinePackage.commonPackage(packages);
        if (common.isEmpty() && !packages.equals(new TreeSet<>(List.of("")))) {
            report.error(Messages.noCommonPackage(new ArrayList<>(packages)), anchor);
            return Optional.empty();
        }
        return Optional.of(qualified(common, name));
    }

    /** The qualified name of the pipeline {@code @AssetPipeline} on {@code annotatedPackage} places. */
    private Optional<String> pipelineOf(PackageElement annotatedPackage, ValidationReport.Builder report) {
        AnnotationMirror mirror = Annotations.find(annotatedPackage, Annotations.ASSET_PIPELINE).orElseThrow();
        String name = Annotations.stringValue(mirror, "name");
        if (!isClassName(name)) {
            report.error(Messages.invalidPipelineName(name, "@AssetPipeline on package "
                    + annotatedPackage.getQualifiedName()), annotatedPackage, Optional.of(mirror),
                    Annotations.explicitValue(mirror, "name"));
            return Optional.empty();
        }
        return Optional.of(qualified(annotatedPackage.getQualifiedName().toString(), name));
    }

    /** The package itself or the closest of its parents annotated {@code @AssetPipeline}. */
    private Optional<PackageElement> nearestAnnotated(PackageElement start) {
        String name = start.getQualifiedName().toString();
        while (true) {
            Optional<PackageElement> found = annotated.computeIfAbsent(name, this::annotatedPackage);
            if (found.isPresent() || name.isEmpty()) {
                return found;
            }
            int dot = name.lastIndexOf('.');
            name = dot < 0 ? "" : name.substring(0, dot);
        }
    }

    private Optional<PackageElement> annotatedPackage(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        PackageElement element = elements.getPackageElement(name);
        return element != null && Annotations.find(element, Annotations.ASSET_PIPELINE).isPresent()
                ? Optional.of(element) : Optional.empty();
    }

    private static boolean isClassName(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
    }

    private static String qualified(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
