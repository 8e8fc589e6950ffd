package dev.assetflow.benchmarks;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * javac time for 1,000 asset declarations (10 classes of 100 chained assets) with and without the
 * Assetflow processor, alternating, in this JVM.
 */
final class CompileBenchmark {

    /** Median seconds without and with the processor. */
    record Figures(int assets, double withoutSeconds, double withSeconds) {
        double addedSeconds() {
            return withSeconds - withoutSeconds;
        }
    }

    private static final int CLASSES = 10;
    private static final int PER_CLASS = 100;

    private CompileBenchmark() {
    }

    static Figures run(Path dir, int rounds) throws IOException {
        List<Path> sources = writeSources(dir.resolve("src"));
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        compile(sources, dir.resolve("warmup"), false);
        for (int round = 0; round < rounds; round++) {
            without.add(compile(sources, dir.resolve("out-plain-" + round), false));
            with.add(compile(sources, dir.resolve("out-processed-" + round), true));
            System.out.printf("  compile round %d: without processor %.2f s, with %.2f s%n", round + 1,
                    without.get(round), with.get(round));
        }
        return new Figures(CLASSES * PER_CLASS, Timing.median(without), Timing.median(with));
    }

    private static double compile(List<Path> sources, Path out, boolean withProcessor) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                "-d", out.toString(), "-s", out.toString(), "-implicit:none"));
        if (withProcessor) {
            args.addAll(List.of("-processor",
                    "dev.assetflow.processor.AssetflowProcessor,dev.assetflow.processor.AssetMetadataProcessor"));
        } else {
            args.add("-proc:none");
        }
        sources.forEach(source -> args.add(source.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IllegalStateException("javac failed: " + errors.toString(StandardCharsets.UTF_8));
        }
        deleteTree(out);
        return seconds;
    }

    private static List<Path> writeSources(Path root) throws IOException {
        Path dir = root.resolve("bench/generated");
        Files.createDirectories(dir);
        List<Path> sources = new ArrayList<>();
        Path row = dir.resolve("Row.java");
        Files.writeString(row, "package bench.generated;\n\npublic record Row(long id, String name, double value) {}\n");
        sources.add(row);
        for (int c = 0; c < CLASSES; c++) {
            StringBuilder java = new StringBuilder("package bench.generated;\n\n"
                    + "import dev.assetflow.Asset;\nimport dev.assetflow.Input;\nimport java.util.List;\n\n"
                    + "public final class Assets" + c + " {\n");
            for (int k = 0; k < PER_CLASS; k++) {
                String name = "asset" + c + "x" + k;
                if (k == 0) {
                    java.append("    @Asset public static List<Row> ").append(name)
                            .append("() { return List.of(new Row(1, \"a\", 1.0)); }\n");
                } else {
                    java.append("    @Asset public static List<Row> ").append(name)
                            .append("(@Input(\"asset").append(c).append('x').append(k - 1)
                            .append("\") List<Row> up) { return up; }\n");
                }
            }
            java.append("}\n");
            Path file = dir.resolve("Assets" + c + ".java");
            Files.writeString(file, java);
            sources.add(file);
        }
        return sources;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
