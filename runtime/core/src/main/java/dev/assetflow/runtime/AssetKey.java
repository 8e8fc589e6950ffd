package dev.assetflow.runtime;

import java.util.Objects;

/**
 * The key of an asset, typed by its row type. The generated {@code Pipeline} has one constant per asset,
 * so code that selects or loads assets is checked by the compiler.
 *
 * @param <R> the asset's row type
 */
public final class AssetKey<R> {

    private final String name;

    private AssetKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static <R> AssetKey<R> of(String name) {
        return new AssetKey<>(name);
    }

    /** The key, which is also the table name. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssetKey<?> key && key.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
