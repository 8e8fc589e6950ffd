package dev.assetflow.ui;

import dev.assetflow.runtime.AssetGraph;

/** A page or record that does not exist; answered with 404 and the message. */
final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotFound(String message) {
        super(message);
    }

    /** No asset {@code key}: the graph's own message, with a suggestion. */
    static NotFound asset(AssetGraph graph, String key) {
        try {
            graph.require(key);
            return new NotFound("no asset named '" + key + "'");
        } catch (IllegalArgumentException e) {
            return new NotFound(e.getMessage());
        }
    }
}
