package dev.assetflow.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Types;

/**
 * Computes the code version of an asset or check: the first 16 hex digits of the SHA-256 of its row type's
 * columns, its partitions, and the source of its method and of every method, constructor and field it reaches
 * in this build (see {@link CodeGraph} and {@link CallTargets} for how far that goes). Sources count without
 * comments and formatting ({@link SourceText}).
 *
 * <p>An upstream module's asset keeps the version its module computed. Without javac's trees (another
 * compiler) and without a recorded one, the method signature stands in for the source.
 */
final class CodeVersions {

    private static final int HEX_DIGITS = 16;

    private final CodeGraph graph;
    private final Types types;
    private final ClassFileFacts facts;

    CodeVersions(CodeGraph graph, Types types, ClassFileFacts facts) {
        this.graph = graph;
        this.types = types;
        this.facts = facts;
    }

    String codeVersion(ExecutableElement method, Optional<RowTypeModel> rowType,
            List<PartitionsDeclaration> partitions) {
        Optional<String> recorded = facts.codeVersion(method);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        List<CodeNode> code = graph.closure(List.of(CodeNodeIds.of(method, types)));
        String text = "rows " + rowType.map(RowTypeModel::describe).orElse("")
                + "\npartitions " + partitions.stream().map(CodeVersions::describe).collect(Collectors.joining("; "))
                + "\n" + (code.isEmpty() ? signature(method) : describe(code));
        return CodeGraph.sha256(text).substring(0, HEX_DIGITS);
    }

    private static String describe(List<CodeNode> code) {
        return code.stream().map(node -> node.id() + " " + node.fingerprint()).collect(Collectors.joining("\n"));
    }

    private static String describe(PartitionsDeclaration partitions) {
        return partitions.kind() + " " + partitions.column() + " " + partitions.start() + " " + partitions.end() + " "
                + partitions.values();
    }

    private static String signature(ExecutableElement method) {
        return method.getEnclosingElement() + "#" + method + " returns " + method.getReturnType();
    }
}
