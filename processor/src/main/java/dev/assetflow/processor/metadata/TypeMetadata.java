package dev.assetflow.processor.metadata;

import dev.assetflow.processor.model.CodeNode;
import java.util.List;
import java.util.Map;

/**
 * The metadata of one type declaring assets, checks or source assets, as its compilation recorded it.
 *
 * @param type the type's canonical name
 * @param methods its asset and check methods
 * @param nullability for every record its assets, checks or itself use as rows: which components are nullable
 * @param code the code its asset and check methods reach, for code versions computed without their source
 */
public record TypeMetadata(String type, List<MethodFacts> methods, Map<String, Map<String, Boolean>> nullability,
        List<CodeNode> code) {

    public TypeMetadata {
        methods = List.copyOf(methods);
        nullability = Map.copyOf(nullability);
        code = List.copyOf(code);
    }
}
