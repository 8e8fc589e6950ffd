package dev.assetflow.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The assets of a pipeline and their dependencies, in a deterministic topological order: an asset comes
 * after all its upstream assets, and independent assets keep their declaration order.
 *
 * <p>The annotation processor already rejects duplicate keys, unknown upstream keys and cycles at compile
 * time; {@link #of} checks them again for graphs built by hand.
 */
public final class AssetGraph {

    private final Map<String, AssetDefinition<?>> assets;
    private final Map<String, Set<String>> upstream;
    private final Map<String, Set<String>> downstream;
    private final List<AssetCheckDefinition> checks;

    private AssetGraph(Map<String, AssetDefinition<?>> assets, Map<String, Set<String>> upstream,
            Map<String, Set<String>> downstream, List<AssetCheckDefinition> checks) {
        this.assets = assets;
        this.upstream = upstream;
        this.downstream = downstream;
        this.checks = List.copyOf(checks);
    }

    /**
     * Builds the graph of {@code definitions} with the asset checks {@code checks}.
     *
     * @throws IllegalArgumentException as {@link #of(List)} does, and when a check names an unknown asset
     *     or input, or two checks of one asset share a name
     */
    public static AssetGraph of(List<? extends AssetDefinition<?>> definitions, List<AssetCheckDefinition> checks) {
        AssetGraph graph = of(definitions);
        Set<String> names = new java.util.HashSet<>();
        for (AssetCheckDefinition check : checks) {
            if (!graph.assets.containsKey(check.asset())) {
                throw new IllegalArgumentException("check '" + check.name() + "' checks asset '" + check.asset()
                        + "', but no asset has that key" + Suggestions.didYouMean(check.asset(), graph.keys()));
            }
            for (InputDefinition<?> input : check.inputs()) {
                if (!graph.assets.containsKey(input.upstream())) {
                    throw new IllegalArgumentException("check '" + check.name() + "' reads '" + input.upstream()
                            + "', but no asset has that key" + Suggestions.didYouMean(input.upstream(), graph.keys()));
                }
            }
            if (!names.add(check.asset() + ":" + check.name())) {
                throw new IllegalArgumentException("asset '" + check.asset() + "' has two checks named '"
                        + check.name() + "'");
            }
        }
        return new AssetGraph(graph.assets, graph.upstream, graph.downstream, checks);
    }

    /**
     * Builds the graph of {@code definitions}.
     *
     * @throws IllegalArgumentException on a duplicate key, an upstream key that names no asset, or a cycle
     */
    public static AssetGraph of(List<? extends AssetDefinition<?>> definitions) {
        Map<String, AssetDefinition<?>> declared = new LinkedHashMap<>();
        for (AssetDefinition<?> definition : definitions) {
            if (declared.putIfAbsent(definition.key(), definition) != null) {
                throw new IllegalArgumentException("duplicate asset key '" + definition.key() + "': declared by "
                        + declared.get(definition.key()).method() + " and " + definition.method());
            }
        }
        Map<String, Set<String>> upstream = new HashMap<>();
        Map<String, Set<String>> downstream = new HashMap<>();
        for (String key : declared.keySet()) {
            downstream.put(key, new LinkedHashSet<>());
        }
        for (AssetDefinition<?> definition : declared.values()) {
            Set<String> ups = new LinkedHashSet<>(definition.upstreamKeys());
            for (String up : ups) {
                if (!declared.containsKey(up)) {
                    throw new IllegalArgumentException("asset '" + definition.key() + "' depends on '" + up
                            + "', but no asset has that key" + Suggestions.didYouMean(up, declared.keySet()));
                }
                downstream.get(up).add(definition.key());
            }
            upstream.put(definition.key(), Collections.unmodifiableSet(ups));
        }
        downstream.replaceAll((key, set) -> Collections.unmodifiableSet(set));
        List<String> order = topologicalOrder(declared, upstream, downstream);
        Map<String, AssetDefinition<?>> sorted = new LinkedHashMap<>();
        for (String key : order) {
            sorted.put(key, declared.get(key));
        }
        return new AssetGraph(Collections.unmodifiableMap(sorted), upstream, downstream, List.of());
    }

    /** Kahn's algorithm; among ready assets the one declared first goes first. */
    private static List<String> topologicalOrder(Map<String, AssetDefinition<?>> declared,
            Map<String, Set<String>> upstream, Map<String, Set<String>> downstream) {
        Map<String, Integer> index = new HashMap<>();
        for (String key : declared.keySet()) {
            index.put(key, index.size());
        }
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> Integer.compare(index.get(a), index.get(b)));
        for (String key : declared.keySet()) {
            waiting.put(key, upstream.get(key).size());
            if (upstream.get(key).isEmpty()) {
                ready.add(key);
            }
        }
        List<String> order = new ArrayList<>(declared.size());
        while (!ready.isEmpty()) {
            String key = ready.poll();
            order.add(key);
            for (String down : downstream.get(key)) {
                if (waiting.merge(down, -1, Integer::sum) == 0) {
                    ready.add(down);
                }
            }
        }
        if (order.size() < declared.size()) {
            throw new IllegalArgumentException("the assets form a cycle: " + findCycle(declared, upstream, order));
        }
        return order;
    }

    /** A cycle among the assets not in {@code ordered}, as {@code a -> b -> c -> a}. */
    private static String findCycle(Map<String, AssetDefinition<?>> declared, Map<String, Set<String>> upstream,
            List<String> ordered) {
        Set<String> done = new LinkedHashSet<>(ordered);
        String start = declared.keySet().stream().filter(k -> !done.contains(k)).findFirst().orElseThrow();
        // Walk upstream inside the blocked assets until a key repeats: every blocked asset has a blocked upstream.
        List<String> path = new ArrayList<>();
        String current = start;
        while (!path.contains(current)) {
            path.add(current);
            current = upstream.get(current).stream().filter(k -> !done.contains(k)).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        Collections.reverse(cycle);
        // Start at the member declared first, so the message does not depend on where the walk began.
        List<String> declaredOrder = new ArrayList<>(declared.keySet());
        String first = cycle.stream().min((a, b) -> Integer.compare(declaredOrder.indexOf(a),
                declaredOrder.indexOf(b))).orElseThrow();
        Collections.rotate(cycle, -cycle.indexOf(first));
        cycle.add(cycle.get(0));
        return String.join(" -> ", cycle);
    }

    /** Every asset, upstream before downstream. */
    public List<AssetDefinition<?>> assets() {
        return List.copyOf(assets.values());
    }

    /** The keys of every asset, in topological order. */
    public Set<String> keys() {
        return assets.keySet();
    }

    /** The asset with this key, if any. */
    public Optional<AssetDefinition<?>> asset(String key) {
        return Optional.ofNullable(assets.get(key));
    }

    /**
     * The asset with this key.
     *
     * @throws IllegalArgumentException naming the closest key when there is no such asset
     */
    public AssetDefinition<?> require(String key) {
        AssetDefinition<?> asset = assets.get(key);
        if (asset == null) {
            throw new IllegalArgumentException(unknownKeyMessage(key));
        }
        return asset;
    }

    /** The keys of the assets {@code key} reads or depends on directly. */
    public Set<String> upstream(String key) {
        require(key);
        return upstream.get(key);
    }

    /** The keys of the assets that read or depend on {@code key} directly. */
    public Set<String> downstream(String key) {
        require(key);
        return downstream.get(key);
    }

    /** Every asset check, in declaration order. */
    public List<AssetCheckDefinition> checks() {
        return checks;
    }

    /** The checks of the asset {@code key}, in declaration order. */
    public List<AssetCheckDefinition> checks(String key) {
        return checks.stream().filter(c -> c.asset().equals(key)).toList();
    }

    /** {@code key} and every asset upstream of it, transitively. */
    public Set<String> upstreamClosure(String key) {
        require(key);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (seen.add(next)) {
                todo.addAll(upstream.get(next));
            }
        }
        return seen;
    }

    /** {@code key} and every asset downstream of it, transitively. */
    public Set<String> downstreamClosure(String key) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (seen.add(next)) {
                todo.addAll(downstream.get(next));
            }
        }
        return seen;
    }

    String unknownKeyMessage(String key) {
        return "no asset named '" + key + "'" + Suggestions.didYouMean(key, assets.keySet());
    }

    @Override
    public String toString() {
        return "AssetGraph" + assets.keySet();
    }
}
