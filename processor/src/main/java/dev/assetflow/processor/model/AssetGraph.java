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
 * Every asset, source asset and asset check of the compilation, each sorted by key or name (then by
 * declaring element, so duplicates keep a stable order).
 *
 * @param assets the {@code @Asset} methods
 * @param sources the {@code @SourceAsset} records
 * @param checks the {@code @AssetCheck} methods
 */
public record AssetGraph(List<AssetDeclaration> assets, List<SourceAssetDeclaration> sources,
        List<CheckDeclaration> checks) {

    private static final Comparator<AssetDeclaration> ORDER =
            Comparator.comparing(AssetDeclaration::key).thenComparing(AssetDeclaration::methodReference);
    private static final Comparator<SourceAssetDeclaration> SOURCE_ORDER =
            Comparator.comparing(SourceAssetDeclaration::key).thenComparing(SourceAssetDeclaration::typeName);
    private static final Comparator<CheckDeclaration> CHECK_ORDER = Comparator.comparing(CheckDeclaration::asset)
            .thenComparing(CheckDeclaration::name).thenComparing(CheckDeclaration::methodReference);

    public AssetGraph {
        assets = sorted(assets, ORDER);
        sources = sorted(sources, SOURCE_ORDER);
        checks = sorted(checks, CHECK_ORDER);
    }

    /** A graph of assets only. */
    public AssetGraph(List<AssetDeclaration> assets) {
        this(assets, List.of(), List.of());
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return List.copyOf(sorted);
    }

    /** The assets declaring each key; more than one means a duplicate key. */
    public Map<String, List<AssetDeclaration>> byKey() {
        Map<String, List<AssetDeclaration>> byKey = new LinkedHashMap<>();
        for (AssetDeclaration asset : assets) {
            byKey.computeIfAbsent(asset.key(), key -> new ArrayList<>()).add(asset);
        }
        return byKey;
    }

    /** The source assets declaring each key; more than one means a duplicate key. */
    public Map<String, List<SourceAssetDeclaration>> sourcesByKey() {
        Map<String, List<SourceAssetDeclaration>> byKey = new LinkedHashMap<>();
        for (SourceAssetDeclaration source : sources) {
            byKey.computeIfAbsent(source.key(), key -> new ArrayList<>()).add(source);
        }
        return byKey;
    }

    /** Every asset key, sorted. */
    public Set<String> keys() {
        return byKey().keySet();
    }

    /**
     * The types the generated Pipeline refers to by name and whose common package it goes to: those declaring
     * assets and checks, and source asset records, by canonical name.
     */
    public Map<String, TypeElement> declaringTypes() {
        Map<String, TypeElement> types = new TreeMap<>();
        for (AssetDeclaration asset : assets) {
            types.putIfAbsent(asset.declaringType().getQualifiedName().toString(), asset.declaringType());
        }
        for (CheckDeclaration check : checks) {
            types.putIfAbsent(check.declaringType().getQualifiedName().toString(), check.declaringType());
        }
        for (SourceAssetDeclaration source : sources) {
            types.putIfAbsent(source.typeName(), source.type());
        }
        return types;
    }

    /** Every row type read or written by an asset or a check, or declared by a source asset, by canonical name. */
    public Map<String, RowTypeModel> rowTypes() {
        Map<String, RowTypeModel> rowTypes = new TreeMap<>();
        for (AssetDeclaration asset : assets) {
            asset.output().rowType().ifPresent(rowType -> rowTypes.putIfAbsent(rowType.qualifiedName(), rowType));
            addInputs(asset.parameters(), rowTypes);
        }
        for (SourceAssetDeclaration source : sources) {
            source.rowType().ifPresent(rowType -> rowTypes.putIfAbsent(rowType.qualifiedName(), rowType));
        }
        for (CheckDeclaration check : checks) {
            addInputs(check.parameters(), rowTypes);
        }
        return rowTypes;
    }

    private static void addInputs(List<ParameterDeclaration> parameters, Map<String, RowTypeModel> rowTypes) {
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isInput()) {
                parameter.rows().rowType().ifPresent(rowType -> rowTypes.putIfAbsent(rowType.qualifiedName(), rowType));
            }
        }
    }
}
