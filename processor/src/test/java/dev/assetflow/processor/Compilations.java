package dev.assetflow.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Runs javac with the Assetflow processor, as a build would. */
final class Compilations {

    private Compilations() {
    }

    static Compiler compiler(String... extraOptions) {
        // -processing: javac's "no processor claimed these annotations" lint is about processors returning
        // false, as ours must; every other lint category applies to the generated code.
        List<String> options = new ArrayList<>(List.of("-Xlint:all,-processing"));
        options.addAll(List.of(extraOptions));
        return Compiler.javac().withProcessors(new AssetflowProcessor(), new AssetMetadataProcessor())
                .withOptions(options);
    }

    static Compilation compile(JavaFileObject... sources) {
        return compiler().compile(sources);
    }
}
