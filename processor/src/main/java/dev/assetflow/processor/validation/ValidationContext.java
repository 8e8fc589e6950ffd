package dev.assetflow.processor.validation;

import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What validators of one asset may look at beyond the asset: the whole graph and where code goes. */
final class ValidationContext {

    private final AssetGraph graph;
    private final Map<String, List<AssetDeclaration>> byKey;
    private final String pipelinePackage;
    private Cycles cycles;

    ValidationContext(AssetGraph graph, String pipelinePackage) {
        this.graph = graph;
        this.byKey = graph.byKey();
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

    /** The graph's cycles, computed on first use. */
    Cycles cycles() {
        if (cycles == null) {
            cycles = Cycles.of(graph);
        }
        return cycles;
    }
}
