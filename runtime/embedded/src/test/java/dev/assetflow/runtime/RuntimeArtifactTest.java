package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a project that depends on {@code assetflow-runtime} alone gets: the engine and DuckDB, and no driver of
 * another backend. The run-time class path is the one Maven resolves for this artifact (written by the
 * dependency plugin before the tests run), not this test's class path, which holds test dependencies too.
 */
class RuntimeArtifactTest {

    private static List<String> runtimeJars() throws IOException {
        String classPath = Files.readString(Path.of("target", "runtime-class-path.txt")).strip();
        return Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString())
                .toList();
    }

    @Test
    void holdsTheEngineAndDuckDb() throws IOException {
        assertThat(runtimeJars()).anyMatch(jar -> jar.startsWith("assetflow-core-"))
                .anyMatch(jar -> jar.startsWith("assetflow-duckdb-"))
                .anyMatch(jar -> jar.startsWith("duckdb_jdbc-"));
    }

    @Test
    void holdsNoDriverOfAnotherBackend() throws IOException {
        assertThat(runtimeJars()).noneMatch(jar -> jar.startsWith("postgresql-"))
                .noneMatch(jar -> jar.startsWith("snowflake-jdbc-"))
                .noneMatch(jar -> jar.startsWith("HikariCP-"))
                .noneMatch(jar -> jar.startsWith("assetflow-postgres-"))
                .noneMatch(jar -> jar.startsWith("assetflow-snowflake-"));
    }
}
