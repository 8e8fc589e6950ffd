package dev.assetflow.runtime.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a second JVM. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static ProcessBuilder of(Class<?> main, List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    public static Process start(Class<?> main, String... arguments) throws IOException {
        return of(main, List.of(), arguments).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
