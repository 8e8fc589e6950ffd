package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The user-provided resources of a materializer, by type. */
final class Resources {

    private final Map<Class<?>, Object> byType;

    Resources(Map<Class<?>, Object> byType) {
        this.byType = Map.copyOf(byType);
    }

    <T> T get(Class<T> type, String user) {
        Object value = byType.get(type);
        if (value == null) {
            throw new AssetflowException(user + " asks for resource " + type.getName() + ", but none was given;"
                    + " add it with Materializer.builder(graph).resource(" + type.getSimpleName() + ".class, ...)");
        }
        return type.cast(value);
    }

    /**
     * A message naming every missing resource and the assets and checks that need it, or empty when every
     * one is there.
     */
    String missing(AssetGraph graph) {
        Map<String, List<String>> needers = new TreeMap<>();
        for (AssetDefinition<?> asset : graph.assets()) {
            for (Class<?> type : asset.resources()) {
                if (!byType.containsKey(type)) {
                    needers.computeIfAbsent(type.getName(), t -> new ArrayList<>()).add("asset '" + asset.key() + "'");
                }
            }
        }
        for (AssetCheckDefinition check : graph.checks()) {
            for (Class<?> type : check.resources()) {
                if (!byType.containsKey(type)) {
                    needers.computeIfAbsent(type.getName(), t -> new ArrayList<>())
                            .add("check '" + check.name() + "' of '" + check.asset() + "'");
                }
            }
        }
        if (needers.isEmpty()) {
            return "";
        }
        Map<String, String> simpleNames = new LinkedHashMap<>();
        needers.keySet().forEach(n -> simpleNames.put(n, n.substring(n.lastIndexOf('.') + 1).replace('$', '.')));
        StringBuilder text = new StringBuilder("missing resources; nothing was run:");
        needers.forEach((type, users) -> text.append("\n  ").append(type).append(" needed by ")
                .append(String.join(", ", users)));
        text.append("\nadd each with Materializer.builder(graph).resource(Type.class, instance)");
        return text.toString();
    }
}
