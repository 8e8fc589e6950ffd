package dev.assetflow.processor.generation;

import com.palantir.javapoet.CodeBlock;
import dev.assetflow.processor.model.PartitionsDeclaration;

/** The {@code Partitions} expression of a partitions annotation, such as {@code Partitions.daily(...)}. */
final class PartitionsCode {

    private PartitionsCode() {
    }

    static CodeBlock of(PartitionsDeclaration partitions) {
        return switch (partitions.kind()) {
            case DAILY -> CodeBlock.of("$T.daily($S, $S, $S)", RuntimeTypes.PARTITIONS, partitions.column(),
                    partitions.start(), partitions.end());
            case MONTHLY -> CodeBlock.of("$T.monthly($S, $S, $S)", RuntimeTypes.PARTITIONS, partitions.column(),
                    partitions.start(), partitions.end());
            case STATIC -> CodeBlock.of("$T.staticValues($S, $T.of($L))", RuntimeTypes.PARTITIONS,
                    partitions.column(), RuntimeTypes.LIST, partitions.values().stream()
                            .map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", ")));
        };
    }
}
