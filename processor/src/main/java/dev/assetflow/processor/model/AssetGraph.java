package dev.assetflow.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * Every asset of the compilation, sorted by key (then by method, so duplicates keep a stable order).
 *
 * @param assets the assets
 */
public record AssetGraph(List<AssetDeclaration> assets) {

    private static final Comparator<AssetDeclaration> ORDER =
            Comparator.comparing(AssetDeclaration::key).thenComparing(AssetDeclaration::methodReference);

    public AssetGraph {
        List<AssetDeclaration> sorted = new ArrayList<>(assets);
        sorted.sort(ORDER);
        assets = List.copyOf(sorted);
    }

    /** The assets declaring each key; more than one means a duplicate key. */
    public Map<String, List<AssetDeclaration>> byKey() {
        Map<String, List<AssetDeclaration>> byKey = new LinkedHashMap<>();
        for (AssetDeclaration asset : assets) {
            byKey.computeIfAbsent(asset.key(), key -> new ArrayList<>()).add(asset);
        }
        return byKey;
    }

    /** Every asset key, sorted. */
    public Set<String> keys() {
        return byKey().keySet();
    }

    /** The types declaring assets, by canonical name. */
    public Map<String, TypeElement> declaringTypes() {
        Map<String, TypeElement> types = new TreeMap<>();
        for (AssetDeclaration asset : assets) {
            types.putIfAbsent(asset.declaringType().getQualifiedName().toString(), asset.declaringType());
        }
        return types;
    }

    /** Every row type read or written by an asset, by canonical name. */
    public Map<String, RowTypeModel> rowTypes() {
        Map<String, RowTypeModel> rowTypes = new TreeMap<>();
        for (AssetDeclaration asset : assets) {
            asset.output().rowType().ifPresent(rowType -> rowTypes.putIfAbsent(rowType.qualifiedName(), rowType));
            for (InputDeclaration input : asset.inputs()) {
                input.rows().rowType().ifPresent(rowType -> rowTypes.putIfAbsent(rowType.qualifiedName(), rowType));
            }
        }
        return rowTypes;
    }
}
