package dev.assetflow.processor.validation;

import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What validators of one asset may look at beyond the asset: the whole graph and where code goes. */
final class ValidationContext {

    private final AssetGraph graph;
    private final Map<String, List<AssetDeclaration>> byKey;
    private final Map<String, List<SourceAssetDeclaration>> sourcesByKey;
    private final Set<String> readableKeys;
    private final String pipelinePackage;
    private Cycles cycles;

    ValidationContext(AssetGraph graph, String pipelinePackage) {
        this.graph = graph;
        this.byKey = graph.byKey();
        this.sourcesByKey = graph.sourcesByKey();
        this.readableKeys = new TreeSet<>(byKey.keySet());
        readableKeys.addAll(sourcesByKey.keySet());
        this.pipelinePackage = pipelinePackage;
    }

    AssetGraph graph() {
        return graph;
    }

    /** The package of the generated Pipeline, which must be able to see every asset method and record. */
    String pipelinePackage() {
        return pipelinePackage;
    }

    /** The assets declaring {@code key}: none for an unknown key, several for a duplicate. */
    List<AssetDeclaration> assets(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The asset declaring {@code key}, when exactly one does. */
    Optional<AssetDeclaration> uniqueAsset(String key) {
        List<AssetDeclaration> assets = assets(key);
        return assets.size() == 1 ? Optional.of(assets.get(0)) : Optional.empty();
    }

    /** The source assets declaring {@code key}. */
    List<SourceAssetDeclaration> sources(String key) {
        return sourcesByKey.getOrDefault(key, List.of());
    }

    /** The keys an input or a check may name: every asset and source asset key, sorted. */
    Set<String> readableKeys() {
        return readableKeys;
    }

    /**
     * The row type stored under {@code key} when exactly one asset or source asset declares it and its rows
     * are a record; empty otherwise (unknown and duplicate keys are reported on their own).
     */
    Optional<RowTypeModel> storedRowType(String key) {
        List<AssetDeclaration> assets = assets(key);
        List<SourceAssetDeclaration> sources = sources(key);
        if (assets.size() + sources.size() != 1) {
            return Optional.empty();
        }
        if (assets.size() == 1) {
            return assets.get(0).output().isSupported() ? assets.get(0).output().rowType() : Optional.empty();
        }
        return sources.get(0).rowType();
    }

    /** The graph's cycles, computed on first use. */
    Cycles cycles() {
        if (cycles == null) {
            cycles = Cycles.of(graph);
        }
        return cycles;
    }
}
