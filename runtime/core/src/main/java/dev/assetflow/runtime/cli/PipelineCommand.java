package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import java.util.function.Consumer;

/**
 * A subcommand that a jar on the class path adds to the command line of every generated {@code Pipeline},
 * found with {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/dev.assetflow.runtime.cli.PipelineCommand}). The web UI ({@code assetflow-ui})
 * adds {@code ui} this way, so the runtime does not depend on it.
 */
public interface PipelineCommand {

    /** The subcommand's name, e.g. {@code ui}; a name the command line already has is ignored. */
    String name();

    /**
     * The picocli command object (annotated with {@code @Command}) for {@code graph}. {@code configure}
     * applies what the command line cannot say, such as resources, to every materializer the command builds.
     */
    Object command(AssetGraph graph, Consumer<Materializer.Builder> configure);
}
