package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the runtime's artifacts form no cycle: the storage SPI ({@code runtime.io}) depends on no other
 * Assetflow package, the engine on the SPI, and the history, CLI and backends on both. Read from the main sources
 * of every module under {@code runtime/}, by their imports and fully qualified references.
 */
class PackageCyclesTest {

    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.assetflow(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    @Test
    void theRuntimePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertThat(graph).containsKeys("dev.assetflow.runtime", "dev.assetflow.runtime.io",
                "dev.assetflow.duckdb", "dev.assetflow.postgres", "dev.assetflow.snowflake");
        assertThat(cycles(graph)).isEmpty();
    }

    @Test
    void theStorageSpiDependsOnNoOtherAssetflowPackage() throws IOException {
        assertThat(dependencies().get("dev.assetflow.runtime.io")).isEmpty();
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        Path runtime = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(runtime)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/")).toList()) {
                String source = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "")
                        .replaceAll("//[^\n]*", "");
                Matcher declared = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(source);
                if (!declared.find()) {
                    continue;
                }
                String own = declared.group(1);
                Set<String> uses = graph.computeIfAbsent(own, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(source);
                while (reference.find()) {
                    String used = reference.group(1);
                    if (!used.equals(own) && !used.equals("dev.assetflow")) {
                        uses.add(used);
                    }
                }
            }
        }
        return graph;
    }

    private static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start, start, new ArrayList<>(List.of(start)), new HashSet<>(), found);
        }
        return found;
    }

    private static void findCycle(Map<String, Set<String>> graph, String start, String at, List<String> path,
            Set<String> visited, List<List<String>> found) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                found.add(cycle);
            } else if (visited.add(next)) {
                path.add(next);
                findCycle(graph, start, next, path, visited, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
