package dev.assetflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid programs in {@code src/test/resources/invalid}: each folder is one program, its
 * {@code .java} files laid out by package. Every error javac must report is declared in the source, at
 * the end of the line where it must be reported:
 *
 * <pre>{@code
 * public static List<Row> summary(@Input("clean_sale_data") List<Row> rows) { // error: [assetflow:unknown-input] ... did you mean 'clean_sales_data'
 * }</pre>
 *
 * <p>The text after {@code error:} is split on {@code " ... "} into fragments that the message must contain
 * in that order (so a test can name the tag and the stable part of a message). A line may declare several
 * errors, each with its own {@code // error:}. The compilation must fail with exactly the declared errors,
 * and no diagnostic may look like a processor crash. A line {@code // javac-options: -Akey=value ...} in
 * any file adds options to that program's javac run.
 */
class InvalidProgramsTest {

    private static final String CORPUS = "invalid";
    private static final String ERROR_MARKER = "// error:";
    private static final String OPTIONS_MARKER = "// javac-options:";
    private static final Pattern CRASH = Pattern.compile(
            "internal-error|internal error|Exception|\\tat |java\\.lang\\.\\w+Error");

    static Stream<String> programs() {
        try (Stream<Path> folders = Files.list(corpusRoot())) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void corpusHasAtLeastThirtyPrograms() {
        assertThat(programs().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void processorRejectsTheProgramWithTheDeclaredErrors(String program) throws IOException {
        Path folder = corpusRoot().resolve(program);
        List<SourceFile> files = sourceFiles(folder);
        List<ExpectedError> expected = files.stream().flatMap(f -> f.expectedErrors().stream()).toList();
        assertThat(expected).as("program %s declares no '%s' line", program, ERROR_MARKER).isNotEmpty();

        String[] options = files.stream().flatMap(f -> f.javacOptions().stream()).toArray(String[]::new);
        Compilation compilation = Compilations.compiler(options).compile(
                files.stream().map(SourceFile::fileObject).toList());

        String report = describe(compilation);
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            assertThat(CRASH.matcher(diagnostic.getMessage(Locale.ROOT)).find())
                    .as("a diagnostic looks like a processor crash:%n%s", report).isFalse();
        }
        assertThat(compilation.status()).as("compilation of %s should fail:%n%s", program, report)
                .isEqualTo(Compilation.Status.FAILURE);

        List<Diagnostic<? extends JavaFileObject>> unmatched = new ArrayList<>(compilation.errors());
        List<ExpectedError> missing = new ArrayList<>();
        for (ExpectedError error : expected) {
            Diagnostic<? extends JavaFileObject> match = unmatched.stream().filter(error::matches).findFirst()
                    .orElse(null);
            if (match == null) {
                missing.add(error);
            } else {
                unmatched.remove(match);
            }
        }
        assertThat(missing).as("declared errors javac did not report:%n%s", report).isEmpty();
        assertThat(unmatched.stream().map(InvalidProgramsTest::describe).toList())
                .as("errors the program does not declare:%n%s", report).isEmpty();
    }

    private static Path corpusRoot() {
        URL url = InvalidProgramsTest.class.getClassLoader().getResource(CORPUS);
        if (url == null) {
            throw new IllegalStateException("test resource folder '" + CORPUS + "' is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SourceFile> sourceFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<SourceFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                String qualifiedName = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                String text = Files.readString(path, StandardCharsets.UTF_8);
                files.add(new SourceFile(relative, JavaFileObjects.forSourceString(qualifiedName, text), text));
            }
            return files;
        }
    }

    private static String describe(Compilation compilation) {
        return compilation.diagnostics().stream().map(InvalidProgramsTest::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = diagnostic.getSource() == null ? "-" : fileName(diagnostic.getSource());
        return "  " + diagnostic.getKind() + " " + file + ":" + diagnostic.getLineNumber() + ": "
                + diagnostic.getMessage(Locale.ROOT);
    }

    private static String fileName(JavaFileObject file) {
        String path = file.toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** One source file of a program and the errors it declares. */
    private record SourceFile(String path, JavaFileObject fileObject, String text) {

        List<String> javacOptions() {
            return text.lines().map(String::trim).filter(l -> l.startsWith(OPTIONS_MARKER))
                    .flatMap(l -> Stream.of(l.substring(OPTIONS_MARKER.length()).trim().split("\\s+")))
                    .toList();
        }

        List<ExpectedError> expectedErrors() {
            List<ExpectedError> errors = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int at = line.indexOf(ERROR_MARKER);
                while (at >= 0) {
                    int next = line.indexOf(ERROR_MARKER, at + ERROR_MARKER.length());
                    String declared = line.substring(at + ERROR_MARKER.length(), next < 0 ? line.length() : next)
                            .trim();
                    errors.add(new ExpectedError(this, i + 1, List.of(declared.split(Pattern.quote(" ... ")))));
                    at = next;
                }
            }
            return errors;
        }
    }

    /** An error declared with {@code // error:} on line {@code line} of {@code file}. */
    private record ExpectedError(SourceFile file, int line, List<String> fragments) {

        boolean matches(Diagnostic<? extends JavaFileObject> diagnostic) {
            if (diagnostic.getSource() == null
                    || !diagnostic.getSource().toUri().equals(file.fileObject().toUri())
                    || diagnostic.getLineNumber() != line) {
                return false;
            }
            String message = diagnostic.getMessage(Locale.ROOT);
            int from = 0;
            for (String fragment : fragments) {
                int found = message.indexOf(fragment.trim(), from);
                if (found < 0) {
                    return false;
                }
                from = found + fragment.trim().length();
            }
            return true;
        }

        @Override
        public String toString() {
            return file.path() + ":" + line + ": " + String.join(" ... ", fragments);
        }
    }
}
