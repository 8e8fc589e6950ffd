package dev.assetflow.ui;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.cli.PipelineCommand;
import java.util.function.Consumer;

/**
 * Adds {@code ui} to the command line of every generated {@code Pipeline} when this jar is on the class path
 * (found with {@link java.util.ServiceLoader}); not called directly.
 */
public final class UiCommandProvider implements PipelineCommand {

    /** Called by {@link java.util.ServiceLoader}. */
    public UiCommandProvider() {
    }

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public Object command(AssetGraph graph, Consumer<Materializer.Builder> configure) {
        return new UiCommand(graph, configure);
    }
}
