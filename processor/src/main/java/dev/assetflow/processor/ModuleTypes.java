package dev.assetflow.processor;

import dev.assetflow.processor.metadata.ClassPathMetadata;
import dev.assetflow.processor.metadata.PipelineIndex;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which types declaring assets are this module's and which belong to modules on the class path.
 *
 * <p>This module's are the types of this compilation (from source, or class files that a build tool hands
 * over for processing again, as Gradle does) and, in a partial compilation, the types its own earlier
 * pipelines owned: a pipeline index on the class path is this module's when it lists a type of this
 * compilation or lies in this compilation's class output. Every other marker on the class path is an upstream
 * module's.
 *
 * @param own the canonical names of this module's types
 * @param upstream the canonical names of upstream modules' types
 * @param ownPipelines the qualified names of the pipelines this module generated before
 * @param missing types an own pipeline listed that still exist but have no metadata, with that pipeline
 */
record ModuleTypes(Set<String> own, Set<String> upstream, Set<String> ownPipelines, Map<String, String> missing) {

    /**
     * @param roots the types of this compilation declaring assets, checks or source assets
     * @param classPath the markers on the class path
     * @param inClassOutput whether the index of a pipeline (by qualified name) is in this compilation's output
     * @param exists whether a type (by canonical name) is on the class path or compiled now
     */
    static ModuleTypes of(Collection<String> roots, ClassPathMetadata classPath, Predicate<String> inClassOutput,
            Predicate<String> exists) {
        Set<String> own = new TreeSet<>(roots);
        Set<String> ownPipelines = new TreeSet<>();
        Map<String, String> missing = new TreeMap<>();
        for (PipelineIndex index : classPath.pipelines()) {
            if (index.types().stream().anyMatch(roots::contains) || inClassOutput.test(index.pipeline())) {
                ownPipelines.add(index.pipeline());
                for (String type : index.types()) {
                    if (classPath.types().containsKey(type)) {
                        own.add(type);
                    } else if (!roots.contains(type) && exists.test(type)) {
                        missing.put(type, index.pipeline());
                    }
                }
            }
        }
        Set<String> upstream = new TreeSet<>(classPath.types().keySet());
        upstream.removeAll(own);
        return new ModuleTypes(own, upstream, ownPipelines, missing);
    }

    /** Every type whose assets a pipeline of this compilation may run. */
    List<String> all() {
        Set<String> all = new TreeSet<>(own);
        all.addAll(upstream);
        return List.copyOf(all);
    }
}
