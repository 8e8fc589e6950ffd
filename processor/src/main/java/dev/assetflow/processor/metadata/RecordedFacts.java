package dev.assetflow.processor.metadata;

import dev.assetflow.processor.model.ClassFileFacts;
import dev.assetflow.processor.model.CodeNode;
import dev.assetflow.processor.model.CodeNodeIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * The facts the markers on the class path record, for the elements javac reads from class files. Where two
 * markers record the same record or code, the marker of the type declaring it wins (it was rewritten whenever
 * that type was compiled); otherwise the first marker by type name.
 */
public final class RecordedFacts implements ClassFileFacts {

    private final Types types;
    private final Map<String, TypeMetadata> metadata;
    private final Set<String> upstream;
    private final Map<String, MethodFacts> methods = new HashMap<>();
    private final Map<String, Map<String, Boolean>> nullability = new HashMap<>();
    private final Map<String, CodeNode> code = new HashMap<>();
    private final Function<String, Optional<List<CodeNode>>> codeRecords;
    private final Map<String, Map<String, CodeNode>> recordedByType = new HashMap<>();

    /**
     * Facts from {@code metadata}; the code versions recorded for the types {@code upstream} (other modules')
     * are taken as they are, the others' are computed again from their recorded code. The code of a type that
     * has a code record ({@code codeRecords}, by type name) is taken from it.
     */
    public RecordedFacts(Types types, Map<String, TypeMetadata> metadata, Set<String> upstream,
            Function<String, Optional<List<CodeNode>>> codeRecords) {
        this.types = types;
        this.codeRecords = codeRecords;
        this.metadata = Map.copyOf(metadata);
        this.upstream = Set.copyOf(upstream);
        for (TypeMetadata type : new java.util.TreeMap<>(metadata).values()) {
            type.methods().forEach(method -> methods.putIfAbsent(method.id(), method));
            type.nullability().forEach((record, components) -> {
                if (record.equals(type.type())) {
                    nullability.put(record, components);
                } else {
                    nullability.putIfAbsent(record, components);
                }
            });
            for (CodeNode node : type.code()) {
                if (CodeNodeIds.typeOf(node.id()).equals(type.type())) {
                    code.put(node.id(), node);
                } else {
                    code.putIfAbsent(node.id(), node);
                }
            }
        }
    }

    /** Whether a marker records {@code type}. */
    public boolean records(String type) {
        return metadata.containsKey(type);
    }

    @Override
    public Optional<String> parameterName(ExecutableElement method, int index) {
        MethodFacts facts = methods.get(CodeNodeIds.of(method, types));
        return facts == null || index >= facts.parameterNames().size() ? Optional.empty()
                : Optional.of(facts.parameterNames().get(index));
    }

    @Override
    public Optional<Boolean> nullable(TypeElement record, String component) {
        return Optional.ofNullable(nullability.get(record.getQualifiedName().toString()))
                .map(components -> components.get(component));
    }

    @Override
    public Optional<String> codeVersion(ExecutableElement method) {
        String type = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
        if (!upstream.contains(type)) {
            return Optional.empty();
        }
        return Optional.ofNullable(methods.get(CodeNodeIds.of(method, types))).map(MethodFacts::codeVersion);
    }

    @Override
    public Optional<CodeNode> node(String id) {
        String type = CodeNodeIds.typeOf(id);
        if (!metadata.containsKey(type)) {
            Map<String, CodeNode> recorded = recordedByType.computeIfAbsent(type, name -> {
                Map<String, CodeNode> nodes = new HashMap<>();
                codeRecords.apply(name).ifPresent(list -> list.forEach(node -> nodes.put(node.id(), node)));
                return nodes;
            });
            if (!recorded.isEmpty()) {
                return Optional.ofNullable(recorded.get(id));
            }
        }
        return Optional.ofNullable(code.get(id));
    }
}
