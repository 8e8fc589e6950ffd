package dev.assetflow.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of a successful in-memory compilation (the test sources and the generated Pipeline),
 * with the test class path (annotations, runtime) as parent.
 */
final class CompiledClasses extends ClassLoader {

    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
        this(compilation, CompiledClasses.class.getClassLoader());
    }

    /** The classes of {@code compilation}, over those {@code parent} loads (such as upstream modules'). */
    CompiledClasses(Compilation compilation, ClassLoader parent) {
        super(parent);
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(CLASS_OUTPUT)) {
                String name = path.substring(CLASS_OUTPUT.length(), path.length() - ".class".length());
                classes.put(name.replace('/', '.'), file);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = classes.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls a public static no-argument method of a compiled class. */
    Object invokeStatic(String className, String method) throws ReflectiveOperationException {
        return loadClass(className).getMethod(method).invoke(null);
    }

    /** Reads a public static field of a compiled class. */
    Object staticField(String className, String field) throws ReflectiveOperationException {
        return loadClass(className).getField(field).get(null);
    }
}
