package dev.assetflow.processor.validation;

import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.model.DepDeclaration;
import dev.assetflow.processor.model.ParameterDeclaration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cycles of an asset graph. Edges run in data-flow order, from an upstream asset to the asset reading
 * it; unknown keys are ignored (they are reported on their own).
 */
final class Cycles {

    private final Map<String, Set<String>> downstream;
    private final Map<String, Integer> component;

    private Cycles(Map<String, Set<String>> downstream, Map<String, Integer> component) {
        this.downstream = downstream;
        this.component = component;
    }

    static Cycles of(AssetGraph graph) {
        Map<String, Set<String>> downstream = new TreeMap<>();
        for (String key : graph.keys()) {
            downstream.put(key, new TreeSet<>());
        }
        for (AssetDeclaration asset : graph.assets()) {
            for (String upstream : upstreamKeys(asset)) {
                if (downstream.containsKey(upstream)) {
                    downstream.get(upstream).add(asset.key());
                }
            }
        }
        return new Cycles(downstream, new StronglyConnected(downstream).components());
    }

    private static List<String> upstreamKeys(AssetDeclaration asset) {
        List<String> keys = new ArrayList<>();
        for (ParameterDeclaration input : asset.parameters()) {
            if (input.isInput()) {
                keys.add(input.upstream());
            }
        }
        for (DepDeclaration dep : asset.deps()) {
            keys.add(dep.key());
        }
        return keys;
    }

    /**
     * The shortest cycle through {@code key} in data-flow order, starting and ending at {@code key}
     * ({@code [a, b, c, a]}: a feeds b, b feeds c, c feeds a), or empty when {@code key} is on no cycle.
     */
    Optional<List<String>> cycleThrough(String key) {
        Integer own = component.get(key);
        if (own == null) {
            return Optional.empty();
        }
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(key));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (String next : downstream.get(current)) {
                if (!own.equals(component.get(next))) {
                    continue;
                }
                if (next.equals(key)) {
                    return Optional.of(path(key, current, reachedFrom));
                }
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> path(String key, String last, Map<String, String> reachedFrom) {
        List<String> path = new ArrayList<>();
        path.add(key);
        for (String step = last; !step.equals(key); step = reachedFrom.get(step)) {
            path.add(step);
        }
        path.add(key);
        Collections.reverse(path);
        return path;
    }

    /** Tarjan's strongly connected components, numbered; iterative so deep graphs cannot overflow. */
    private static final class StronglyConnected {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final Map<String, Integer> components = new HashMap<>();
        private int nextIndex;
        private int nextComponent;

        StronglyConnected(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        Map<String, Integer> components() {
            for (String key : edges.keySet()) {
                if (!index.containsKey(key)) {
                    visit(key);
                }
            }
            return components;
        }

        private void visit(String root) {
            Deque<Map.Entry<String, Iterator<String>>> work = new ArrayDeque<>();
            enter(root, work);
            while (!work.isEmpty()) {
                Map.Entry<String, Iterator<String>> frame = work.peekLast();
                String node = frame.getKey();
                if (frame.getValue().hasNext()) {
                    String next = frame.getValue().next();
                    if (!index.containsKey(next)) {
                        enter(next, work);
                    } else if (onStack.contains(next)) {
                        lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                    }
                    continue;
                }
                work.removeLast();
                if (!work.isEmpty()) {
                    String parent = work.peekLast().getKey();
                    lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(node)));
                }
                if (lowLink.get(node).equals(index.get(node))) {
                    popComponent(node);
                }
            }
        }

        private void enter(String node, Deque<Map.Entry<String, Iterator<String>>> work) {
            index.put(node, nextIndex);
            lowLink.put(node, nextIndex);
            nextIndex++;
            stack.addLast(node);
            onStack.add(node);
            work.addLast(Map.entry(node, edges.get(node).iterator()));
        }

        private void popComponent(String root) {
            String member;
            do {
                member = stack.removeLast();
                onStack.remove(member);
                components.put(member, nextComponent);
            } while (!member.equals(root));
            nextComponent++;
        }
    }
}
