package dev.assetflow.processor.model;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The source of the elements this compilation compiles, through javac's {@link Trees}. Build tools that wrap
 * javac's processing environment (Gradle does, to track what processors generate) are looked through, as
 * only the trees are read. Another compiler has no trees: then every element counts as source without code.
 */
public final class SourceCode {

    private static final int MAX_WRAPPERS = 4;

    private final Trees trees;
    private final Map<CompilationUnitTree, CharSequence> contents = new HashMap<>();
    private final Map<TypeElement, Boolean> fromSource = new HashMap<>();

    public SourceCode(ProcessingEnvironment environment) {
        this.trees = treesOf(environment, 0);
    }

    private static Trees treesOf(ProcessingEnvironment environment, int depth) {
        try {
            return Trees.instance(environment);
        } catch (IllegalArgumentException | LinkageError notJavacsOwn) {
            return depth < MAX_WRAPPERS ? unwrap(environment).map(inner -> treesOf(inner, depth + 1)).orElse(null)
                    : null;
        }
    }

    /** The environment a wrapper delegates to: its field of type ProcessingEnvironment. */
    private static Optional<ProcessingEnvironment> unwrap(ProcessingEnvironment wrapper) {
        for (Class<?> type = wrapper.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        Object inner = field.get(wrapper);
                        if (inner instanceof ProcessingEnvironment environment && inner != wrapper) {
                            return Optional.of(environment);
                        }
                    } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether javac's trees are available. */
    public boolean hasTrees() {
        return trees != null;
    }

    /**
     * Whether {@code type} is compiled from source in this compilation rather than read from a class file.
     * Without trees, every type counts as source.
     */
    public boolean isFromSource(TypeElement type) {
        return trees == null || fromSource.computeIfAbsent(type, t -> trees.getPath(t) != null);
    }

    /** The path to an element's declaration, when it is compiled from source. */
    Optional<TreePath> path(Element element) {
        return trees == null ? Optional.empty() : Optional.ofNullable(trees.getPath(element));
    }

    /**
     * The source text of {@code tree} (a part of {@code unit}), as {@link SourceText} normalizes it; empty for a
     * tree javac made up (an implicit constructor) or when the source cannot be read.
     */
    Optional<String> text(CompilationUnitTree unit, Tree tree) {
        if (trees == null) {
            return Optional.empty();
        }
        SourcePositions positions = trees.getSourcePositions();
        long start = positions.getStartPosition(unit, tree);
        long end = positions.getEndPosition(unit, tree);
        CharSequence content = contents.computeIfAbsent(unit, SourceCode::content);
        if (start < 0 || end <= start || end > content.length()) {
            return Optional.empty();
        }
        return Optional.of(SourceText.normalize(content.subSequence((int) start, (int) end)));
    }

    private static CharSequence content(CompilationUnitTree unit) {
        try {
            return unit.getSourceFile().getCharContent(true);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    /** An element's declaration, when it is compiled from source. */
    Optional<Tree> tree(Element element) {
        return trees == null ? Optional.empty() : Optional.ofNullable(trees.getTree(element));
    }
}
