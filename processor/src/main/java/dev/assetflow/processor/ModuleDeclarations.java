package dev.assetflow.processor;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.DepDeclaration;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import dev.assetflow.processor.validation.ValidationReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The declarations of every type whose assets a pipeline of this compilation may run, by type, and the graph
 * of each pipeline: its own types' declarations, every upstream module's, and those of this module's other
 * pipelines that its declarations read (transitively), which then run in it too.
 */
final class ModuleDeclarations {

    /**
     * What one type declares.
     *
     * @param assets its {@code @Asset} methods
     * @param checks its {@code @AssetCheck} methods
     * @param sources itself, when it is a {@code @SourceAsset}
     */
    record TypeDeclarations(List<AssetDeclaration> assets, List<CheckDeclaration> checks,
            List<SourceAssetDeclaration> sources) {
    }

    private final Map<String, TypeDeclarations> byType;

    private ModuleDeclarations(Map<String, TypeDeclarations> byType) {
        this.byType = byType;
    }

    /** Declares the types {@code names}; a declaration that fails is reported on its element. */
    static ModuleDeclarations declare(Collection<String> names, Elements elements, AssetGraphFactory factory,
            ValidationReport.Builder report) {
        Map<String, TypeDeclarations> byType = new TreeMap<>();
        for (String name : names) {
            TypeElement type = elements.getTypeElement(name);
            if (type == null) {
                continue;
            }
            List<AssetDeclaration> assets = new ArrayList<>();
            List<CheckDeclaration> checks = new ArrayList<>();
            List<SourceAssetDeclaration> sources = new ArrayList<>();
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (Annotations.find(method, Annotations.ASSET).isPresent()) {
                    declare(method, factory::declare, assets, report);
                }
                if (Annotations.find(method, Annotations.ASSET_CHECK).isPresent()) {
                    declare(method, factory::declareCheck, checks, report);
                }
            }
            if (Annotations.find(type, Annotations.SOURCE_ASSET).isPresent()) {
                declare(type, factory::declareSource, sources, report);
            }
            byType.put(name, new TypeDeclarations(assets, checks, sources));
        }
        return new ModuleDeclarations(byType);
    }

    private static <E extends Element, D> void declare(E element, Function<E, D> declare, List<D> declarations,
            ValidationReport.Builder report) {
        try {
            declarations.add(declare.apply(element));
        } catch (RuntimeException | LinkageError e) {
            String reference = element.getKind() == ElementKind.METHOD
                    ? ((TypeElement) element.getEnclosingElement()).getQualifiedName() + "#" + element.getSimpleName()
                    : ((TypeElement) element).getQualifiedName().toString();
            report.error(Messages.internalError(reference, e), element);
        }
    }

    /** The graph of {@code pipeline}, one of {@code pipelines}, with the assets of the types {@code upstream}. */
    AssetGraph graph(PipelinePlacement.Pipeline pipeline, Collection<PipelinePlacement.Pipeline> pipelines,
            Collection<String> upstream) {
        List<AssetDeclaration> assets = new ArrayList<>();
        List<CheckDeclaration> checks = new ArrayList<>();
        List<SourceAssetDeclaration> sources = new ArrayList<>();
        Set<String> included = new HashSet<>();
        for (TypeElement type : pipeline.ownTypes()) {
            add(type.getQualifiedName().toString(), assets, checks, sources, included);
        }
        for (String type : upstream) {
            add(type, assets, checks, sources, included);
        }
        addSiblingsReadBy(pipeline, pipelines, assets, checks, sources);
        return new AssetGraph(assets, sources, checks);
    }

    private void add(String type, List<AssetDeclaration> assets, List<CheckDeclaration> checks,
            List<SourceAssetDeclaration> sources, Set<String> included) {
        TypeDeclarations declarations = byType.get(type);
        if (declarations != null && included.add(type)) {
            assets.addAll(declarations.assets());
            checks.addAll(declarations.checks());
            sources.addAll(declarations.sources());
        }
    }

    /** Adds the assets of other pipelines of this module that the graph reads, with their checks and reads. */
    private void addSiblingsReadBy(PipelinePlacement.Pipeline pipeline, Collection<PipelinePlacement.Pipeline> pipelines,
            List<AssetDeclaration> assets, List<CheckDeclaration> checks, List<SourceAssetDeclaration> sources) {
        Map<String, AssetDeclaration> siblingAssets = new HashMap<>();
        Map<String, SourceAssetDeclaration> siblingSources = new HashMap<>();
        Map<String, List<CheckDeclaration>> siblingChecks = new HashMap<>();
        for (PipelinePlacement.Pipeline other : pipelines) {
            if (other.qualifiedName().equals(pipeline.qualifiedName())) {
                continue;
            }
            for (TypeElement type : other.ownTypes()) {
                TypeDeclarations declarations = byType.get(type.getQualifiedName().toString());
                if (declarations != null) {
                    declarations.assets().forEach(asset -> siblingAssets.putIfAbsent(asset.key(), asset));
                    declarations.sources().forEach(source -> siblingSources.putIfAbsent(source.key(), source));
                    declarations.checks().forEach(check ->
                            siblingChecks.computeIfAbsent(check.asset(), key -> new ArrayList<>()).add(check));
                }
            }
        }
        if (siblingAssets.isEmpty() && siblingSources.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        assets.forEach(asset -> present.add(asset.key()));
        sources.forEach(source -> present.add(source.key()));
        Deque<String> needed = new ArrayDeque<>();
        assets.forEach(asset -> needed.addAll(reads(asset)));
        checks.forEach(check -> needed.addAll(reads(check)));
        while (!needed.isEmpty()) {
            String key = needed.removeFirst();
            if (!present.add(key)) {
                continue;
            }
            AssetDeclaration asset = siblingAssets.get(key);
            if (asset != null) {
                assets.add(asset);
                needed.addAll(reads(asset));
                for (CheckDeclaration check : siblingChecks.getOrDefault(key, List.of())) {
                    checks.add(check);
                    needed.addAll(reads(check));
                }
            } else if (siblingSources.containsKey(key)) {
                sources.add(siblingSources.get(key));
            }
        }
    }

    private static List<String> reads(AssetDeclaration asset) {
        List<String> keys = new ArrayList<>(inputs(asset.parameters()));
        asset.deps().stream().map(DepDeclaration::key).forEach(keys::add);
        return keys;
    }

    private static List<String> reads(CheckDeclaration check) {
        List<String> keys = new ArrayList<>(inputs(check.parameters()));
        keys.add(check.asset());
        return keys;
    }

    private static List<String> inputs(List<ParameterDeclaration> parameters) {
        return parameters.stream().filter(ParameterDeclaration::isInput).map(ParameterDeclaration::upstream).toList();
    }
}
