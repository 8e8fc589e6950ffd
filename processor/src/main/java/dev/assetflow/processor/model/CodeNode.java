package dev.assetflow.processor.model;

import java.util.List;

/**
 * One piece of code that a code version covers: a method, a constructor, a field with its initializer, or a
 * class's instance initializers, with a fingerprint of its source and the pieces it refers to.
 *
 * @param id what it is, as {@link CodeNodeIds} writes it: {@code com.acme.Parsers#parse(java.lang.String)}
 * @param fingerprint a hash of its source as javac prints it (so comments and formatting do not count)
 * @param callees the ids of the code it calls or reads, sorted
 */
public record CodeNode(String id, String fingerprint, List<String> callees) {

    public CodeNode {
        callees = List.copyOf(callees);
    }
}
