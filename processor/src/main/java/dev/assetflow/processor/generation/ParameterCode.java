package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.assetflow.processor.model.CollectionKind;
import dev.assetflow.processor.model.ParameterDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The code shared by asset and check definitions for their parameters: the {@code .input(...)} and
 * {@code .resource(...)} builder calls, and the arguments of the method call, which read input {@code i} with
 * {@code in.list(i, ...)} or {@code in.stream(i, ...)}, look resources up by class, and pass the context.
 */
final class ParameterCode {

    static final String INPUTS = "in";
    /** More arguments than this go one per line. */
    private static final int ARGUMENTS_ON_ONE_LINE = 2;

    private final RowTypeReferences rowTypes;

    ParameterCode(RowTypeReferences rowTypes) {
        this.rowTypes = rowTypes;
    }

    /** {@code .input(...)} per input and {@code .resource(...)} per distinct resource type, each on a line. */
    CodeBlock builderCalls(List<ParameterDeclaration> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isInput()) {
                code.add(".input($S, $S, $L)\n", parameter.upstream(), parameter.name(),
                        rowTypes.of(parameter.rows().requireRowType().qualifiedName()));
            }
        }
        for (ClassName resource : resourceTypes(parameters)) {
            code.add(".resource($T.class)\n", resource);
        }
        return code.build();
    }

    /** The arguments of the call to the user's method. */
    CodeBlock arguments(List<ParameterDeclaration> parameters) {
        List<CodeBlock> arguments = new ArrayList<>();
        int inputIndex = 0;
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isInput()) {
                String read = parameter.rows().requireKind() == CollectionKind.LIST ? "list" : "stream";
                arguments.add(CodeBlock.of("$L.$L($L, $L)", INPUTS, read, inputIndex++,
                        rowTypes.of(parameter.rows().requireRowType().qualifiedName())));
            } else if (parameter.isResource()) {
                arguments.add(CodeBlock.of("$L.resource($T.class)", INPUTS, resourceType(parameter)));
            } else {
                arguments.add(CodeBlock.of("$L.context()", INPUTS));
            }
        }
        if (arguments.size() <= ARGUMENTS_ON_ONE_LINE) {
            return CodeBlock.join(arguments, ", ");
        }
        return CodeBlock.of("\n$>$>$L$<$<", CodeBlock.join(arguments, ",\n"));
    }

    /** About one unit per builder call, for splitting holders. */
    static int weight(List<ParameterDeclaration> parameters) {
        return parameters.size() * 2;
    }

    private static Set<ClassName> resourceTypes(List<ParameterDeclaration> parameters) {
        Set<ClassName> types = new LinkedHashSet<>();
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isResource()) {
                types.add(resourceType(parameter));
            }
        }
        return types;
    }

    private static ClassName resourceType(ParameterDeclaration parameter) {
        return ClassName.get(parameter.declaredType().orElseThrow(
                () -> new IllegalStateException("resource " + parameter.name() + " has no class type")));
    }
}
