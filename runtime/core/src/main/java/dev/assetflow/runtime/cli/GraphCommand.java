package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Prints the asset graph as a Mermaid flowchart (paste it into Markdown) or as Graphviz DOT"
                + " (render with 'dot -Tsvg'); SQL assets are labelled SQL, source assets are cylinders."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:usage error"})
final class GraphCommand implements Callable<Integer> {

    enum Format { mermaid, dot }

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
    Format format;

    GraphCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.dot ? dot(context.graph()) : mermaid(context.graph()));
        out.flush();
        return PipelineCli.OK;
    }

    static String mermaid(AssetGraph graph) {
        StringBuilder text = new StringBuilder("flowchart LR\n");
        for (AssetDefinition<?> asset : graph.assets()) {
            String label = asset.key() + (asset.isSql() ? "<br/>SQL" : "")
                    + asset.partitions().map(p -> "<br/>" + p.describe()).orElse("");
            text.append("    ").append(asset.key()).append(asset.isSource() ? "[(\"" : "[\"").append(label)
                    .append(asset.isSource() ? "\")]" : "\"]").append('\n');
        }
        for (AssetDefinition<?> asset : graph.assets()) {
            for (String up : graph.upstream(asset.key())) {
                text.append("    ").append(up).append(" --> ").append(asset.key()).append('\n');
            }
        }
        return text.toString();
    }

    static String dot(AssetGraph graph) {
        StringBuilder text = new StringBuilder("digraph assets {\n    rankdir=LR;\n    node [shape=box];\n");
        for (AssetDefinition<?> asset : graph.assets()) {
            text.append("    \"").append(asset.key()).append('"');
            if (asset.isSource()) {
                text.append(" [shape=cylinder]");
            } else if (asset.isSql()) {
                text.append(" [label=\"").append(asset.key()).append("\\nSQL\", style=rounded]");
            }
            text.append(";\n");
        }
        for (AssetDefinition<?> asset : graph.assets()) {
            for (String up : graph.upstream(asset.key())) {
                text.append("    \"").append(up).append("\" -> \"").append(asset.key()).append("\";\n");
            }
        }
        return text.append("}\n").toString();
    }
}
