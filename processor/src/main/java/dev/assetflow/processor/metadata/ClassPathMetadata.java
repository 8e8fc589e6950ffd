package dev.assetflow.processor.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The markers found on the class path: modules compiled earlier (upstream modules, or this module's classes
 * that a partial compilation does not recompile).
 *
 * @param types the metadata of each type declaring assets that is not compiled from source now, by canonical
 *     name, sorted
 * @param recorded every marker's metadata, also those of types compiled from source now: what they recorded
 *     about other types' code and records still holds
 * @param pipelines the indexes of generated pipelines, sorted by pipeline name
 * @param unreadable the markers this processor cannot read, each with the reason
 */
public record ClassPathMetadata(Map<String, TypeMetadata> types, Map<String, TypeMetadata> recorded,
        List<PipelineIndex> pipelines, List<Unreadable> unreadable) {

    public ClassPathMetadata {
        types = Map.copyOf(types);
        recorded = Map.copyOf(recorded);
        pipelines = List.copyOf(pipelines);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * A marker that could not be read.
     *
     * @param marker the marker's qualified name
     * @param version the format version it was written in, when that is what this processor does not know
     * @param reason what is wrong
     */
    public record Unreadable(String marker, Optional<String> version, String reason) {
    }

    /** The index of the pipeline {@code qualifiedName}, if a module generated it. */
    public Optional<PipelineIndex> pipeline(String qualifiedName) {
        return pipelines.stream().filter(index -> index.pipeline().equals(qualifiedName)).findFirst();
    }
}
