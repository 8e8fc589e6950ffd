package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.ProgressListener;
import java.util.function.Consumer;

/** What every command needs: the graph and how to build a materializer. */
record CliContext(AssetGraph graph, Consumer<Materializer.Builder> configure) {

    Materializer materializer(String url, Integer parallelism, ProgressListener listener) {
        Materializer.Builder builder = Materializer.builder(graph);
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
