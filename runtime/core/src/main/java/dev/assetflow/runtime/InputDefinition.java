package dev.assetflow.runtime;

import dev.assetflow.runtime.io.RowType;
import java.util.Objects;

/**
 * One {@code @Input} parameter of an asset.
 *
 * @param upstream the key of the upstream asset
 * @param parameter the parameter name, for messages
 * @param rowType the row type the parameter reads: the upstream's own, or a projection of it
 * @param <T> the row type
 */
public record InputDefinition<T>(String upstream, String parameter, RowType<T> rowType) {

    public InputDefinition {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(rowType, "rowType");
    }
}
