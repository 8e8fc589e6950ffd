package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles sources as modules of a multi-module build: each module's class files go to a directory, which the
 * class path of the modules downstream of it (or of a later partial compilation) includes, as Maven and Gradle
 * put an upstream module's jar or an earlier output on the class path.
 */
final class Modules {

    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private Modules() {
    }

    /** A compiler whose class path is {@code modules} (first) and the test class path. */
    static Compiler compiler(List<Path> modules, String... options) {
        List<File> classPath = new ArrayList<>();
        modules.forEach(module -> classPath.add(module.toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        return Compilations.compiler(options).withClasspath(classPath);
    }

    /** Compiles {@code sources} against {@code upstream}, which must succeed, and writes its classes to {@code dir}. */
    static Compilation build(Path dir, List<Path> upstream, JavaFileObject... sources) throws IOException {
        Compilation compilation = compiler(upstream).compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        writeClasses(compilation, dir);
        return compilation;
    }

    /** Builds a module as {@link #build} does and returns its class directory. */
    static Path module(Path dir, List<Path> upstream, JavaFileObject... sources) throws IOException {
        build(dir, upstream, sources);
        return dir;
    }

    /** Writes (or overwrites) the class output of {@code compilation} (classes and resources) under {@code dir}. */
    static Path writeClasses(Compilation compilation, Path dir) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.startsWith(CLASS_OUTPUT)) {
                byte[] bytes;
                try (InputStream in = file.openInputStream()) {
                    bytes = in.readAllBytes();
                } catch (FileNotFoundException lookedUpButNeverWritten) {
                    continue; // the processor asked whether an earlier compilation left this file
                }
                Path target = dir.resolve(path.substring(CLASS_OUTPUT.length()));
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
        return dir;
    }

    /** The classes of {@code compilation} over those of {@code modules}. */
    static CompiledClasses load(Compilation compilation, List<Path> modules) {
        URL[] urls = modules.stream().map(module -> {
            try {
                return module.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(URL[]::new);
        return new CompiledClasses(compilation, new URLClassLoader(urls, Modules.class.getClassLoader()));
    }

    /** The generated source {@code name}, as text. */
    static String generatedSource(Compilation compilation, String name) {
        try {
            return compilation.generatedSourceFile(name).orElseThrow(() -> new AssertionError("no " + name))
                    .getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
