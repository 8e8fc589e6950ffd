package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.ProgressListener;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;

/** What every command needs: the graph and how to build a materializer. */
record CliContext(AssetGraph graph, Consumer<Materializer.Builder> configure) {

    /**
     * The asset named {@code key}; empty after printing to {@code err} why there is none (with the keys it may
     * have meant), for the command to exit with {@link PipelineCli#USAGE}.
     */
    Optional<AssetDefinition<?>> asset(String key, PrintWriter err) {
        try {
            return Optional.of(graph.require(key));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /** A materializer for running assets: every declared resource must have been configured. */
    Materializer materializer(String url, Integer parallelism, ProgressListener listener) {
        return materializer(url, parallelism, listener, true, false);
    }

    /**
     * A materializer for reading the history and listing, which needs no resources, its storage checked to
     * be reachable (a {@code StorageException} with the reason when it is not).
     */
    Materializer inspector(String url) {
        Materializer materializer = materializer(url, null, null, false, true);
        try {
            materializer.checkStorage();
            return materializer;
        } catch (RuntimeException e) {
            materializer.close();
            throw e;
        }
    }

    private Materializer materializer(String url, Integer parallelism, ProgressListener listener,
            boolean requireResources, boolean existingStorageOnly) {
        Materializer.Builder builder = Materializer.builder(graph).requireResources(requireResources)
                .existingStorageOnly(existingStorageOnly);
        if (url != null) {
            builder.url(url);
        }
        if (parallelism != null) {
            builder.parallelism(parallelism);
        }
        if (listener != null) {
            builder.progressListener(listener);
        }
        configure.accept(builder);
        return builder.build();
    }
}
