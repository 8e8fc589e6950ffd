package dev.assetflow.testing.snowflake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Internal stages as directories under the stage root. The driver writes PUT files into them itself
 * (LOCAL_FS stage type); COPY INTO reads them. Named stages must be created first; user and table
 * stages always exist.
 */
final class Stages {

    private final Path root;
    private final Map<StageName, FileFormat> named = new ConcurrentHashMap<>();

    Stages(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Creates a named stage; returns false if it existed and {@code ifNotExists} was given. */
    boolean create(StageName stage, boolean orReplace, boolean ifNotExists, FileFormat format) {
        if (named.containsKey(stage)) {
            if (ifNotExists) {
                return false;
            }
            if (!orReplace) {
                throw SnowflakeError.alreadyExists(stage.display());
            }
            drop(stage);
        }
        try {
            Files.createDirectories(directory(stage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        named.put(stage, format);
        return true;
    }

    boolean exists(StageName stage) {
        return !stage.isNamed() || named.containsKey(stage);
    }

    void drop(StageName stage) {
        named.remove(stage);
        deleteRecursively(directory(stage));
    }

    FileFormat format(StageName stage) {
        return named.getOrDefault(stage, FileFormat.DEFAULT);
    }

    /** The directory of an existing stage; a missing named stage is Snowflake's "does not exist" error. */
    Path existingDirectory(StageName stage) {
        if (!exists(stage)) {
            throw SnowflakeError.stageNotFound(stage.display());
        }
        return directory(stage);
    }

    Path directory(StageName stage) {
        if (stage.database() == null) {
            return root.resolve("users").resolve(encode(stage.name().substring(1)));
        }
        return root.resolve("databases").resolve(encode(stage.database())).resolve(encode(stage.schema()))
                .resolve(encode(stage.name()));
    }

    /** Regular files under the stage directory whose stage-relative path starts with the prefix, sorted. */
    List<Path> files(StageName stage, String prefix) {
        Path dir = existingDirectory(stage);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> relative(stage, p).startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String relative(StageName stage, Path file) {
        return directory(stage).relativize(file).toString().replace('\\', '/');
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
