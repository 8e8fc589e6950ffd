package dev.assetflow.processor.model;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The code reachable from an asset method: each piece compiled from source in this compilation is read from
 * its source (see {@link SourceText}), its references from its syntax tree; each piece compiled earlier is taken from the {@link ClassFileFacts} its compilation
 * recorded; anything else (the JDK, libraries) is where the walk stops. At most {@value #MAX_NODES} pieces are
 * followed from one method.
 */
final class CodeGraph {

    /** How many methods, constructors and fields one code version covers at most. */
    static final int MAX_NODES = 2_000;
    private static final int HEX_DIGITS = 16;

    private final SourceCode source;
    private final Elements elements;
    private final Types types;
    private final ClassFileFacts facts;
    private final CallTargets targets;
    private final Map<String, Optional<CodeNode>> nodes = new HashMap<>();
    private final Map<String, Map<String, Element>> membersByType = new HashMap<>();

    CodeGraph(SourceCode source, Elements elements, Types types, ClassFileFacts facts) {
        this.source = source;
        this.elements = elements;
        this.types = types;
        this.facts = facts;
        this.targets = new CallTargets(elements, types);
    }

    /** The code reachable from {@code roots} (the roots included), sorted by id; empty when no root is known. */
    List<CodeNode> closure(Collection<String> roots) {
        Map<String, CodeNode> reached = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(new TreeSet<>(roots));
        Set<String> seen = new TreeSet<>(roots);
        while (!queue.isEmpty() && reached.size() < MAX_NODES) {
            String id = queue.removeFirst();
            Optional<CodeNode> node = node(id);
            if (node.isEmpty()) {
                continue;
            }
            reached.put(id, node.get());
            for (String callee : node.get().callees()) {
                if (seen.add(callee)) {
                    queue.addLast(callee);
                }
            }
        }
        return new ArrayList<>(reached.values());
    }

    /** Every method, constructor, initialized field and the instance initializers of {@code type}, from source. */
    List<CodeNode> nodesOf(TypeElement type) {
        List<CodeNode> code = new ArrayList<>();
        for (String id : new TreeSet<>(members(type).keySet())) {
            node(id).ifPresent(code::add);
        }
        return code;
    }

    /** The node {@code id}: from source when its type is compiled now, else as recorded, else empty. */
    Optional<CodeNode> node(String id) {
        Optional<CodeNode> known = nodes.get(id);
        if (known == null) {
            known = load(id);
            nodes.put(id, known);
        }
        return known;
    }

    private Optional<CodeNode> load(String id) {
        TypeElement type = elements.getTypeElement(CodeNodeIds.typeOf(id));
        if (type != null && source.hasTrees() && source.isFromSource(type)) {
            Element member = members(type).get(id);
            if (member == null) {
                return Optional.empty(); // recorded once, gone from the source since
            }
            return fromSource(id, member);
        }
        return facts.node(id);
    }

    private Map<String, Element> members(TypeElement type) {
        return membersByType.computeIfAbsent(type.getQualifiedName().toString(), name -> {
            Map<String, Element> members = new HashMap<>();
            for (Element member : type.getEnclosedElements()) {
                if (member instanceof ExecutableElement executable) {
                    members.put(CodeNodeIds.of(executable, types), executable);
                } else if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.ENUM_CONSTANT) {
                    members.put(CodeNodeIds.of((VariableElement) member), member);
                }
            }
            members.put(CodeNodeIds.instanceInitializers(type), type);
            return members;
        });
    }

    private Optional<CodeNode> fromSource(String id, Element member) {
        if (member instanceof TypeElement type) {
            return instanceInitializers(id, type);
        }
        Optional<TreePath> path = source.path(member);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Tree tree = path.get().getLeaf();
        TypeElement owner = (TypeElement) member.getEnclosingElement();
        Set<String> callees = new TreeSet<>(targets.of(tree, owner, path.get().getCompilationUnit()));
        if (member.getKind() == ElementKind.CONSTRUCTOR) {
            callees.add(CodeNodeIds.instanceInitializers(owner));
        }
        callees.remove(id);
        String text = source.text(path.get().getCompilationUnit(), tree).orElseGet(() -> implicit(member));
        return Optional.of(new CodeNode(id, fingerprint(text), new ArrayList<>(callees)));
    }

    /** What javac made up without source (a default or canonical constructor): its parameters. */
    private String implicit(Element member) {
        if (member instanceof ExecutableElement executable) {
            StringBuilder text = new StringBuilder("implicit ").append(executable.getSimpleName()).append('(');
            for (var parameter : executable.getParameters()) {
                text.append(types.erasure(parameter.asType())).append(' ').append(parameter.getSimpleName()).append(',');
            }
            return text.append(')').toString();
        }
        return member.toString();
    }

    /** The instance initializer blocks and instance field initializers of a class, as one node. */
    private Optional<CodeNode> instanceInitializers(String id, TypeElement type) {
        Optional<TreePath> path = source.path(type);
        if (path.isEmpty() || !(path.get().getLeaf() instanceof ClassTree classTree)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        Set<String> callees = new TreeSet<>();
        for (Tree member : classTree.getMembers()) {
            boolean instanceBlock = member instanceof BlockTree block && !block.isStatic();
            boolean instanceField = member instanceof VariableTree field && field.getInitializer() != null
                    && !field.getModifiers().getFlags().contains(Modifier.STATIC);
            if (instanceBlock || instanceField) {
                text.append(source.text(path.get().getCompilationUnit(), member).orElseGet(member::toString))
                        .append('\n');
                callees.addAll(targets.of(member, type, path.get().getCompilationUnit()));
            }
        }
        if (text.length() == 0) {
            return Optional.empty();
        }
        callees.remove(id);
        return Optional.of(new CodeNode(id, fingerprint(text.toString()), new ArrayList<>(callees)));
    }

    static String fingerprint(String text) {
        return sha256(text).substring(0, HEX_DIGITS);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
