package dev.assetflow.processor.metadata;

import java.util.List;

/**
 * The record of a generated pipeline: the types whose assets it owns. A later partial compilation of the same
 * module finds the types it does not recompile through it, and knows the existing pipeline class is its own.
 *
 * @param pipeline the qualified name of the pipeline class
 * @param types the canonical names of the types it owns, sorted
 */
public record PipelineIndex(String pipeline, List<String> types) {

    public PipelineIndex {
        types = List.copyOf(types);
    }
}
