package dev.assetflow.processor.model;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What the compilation that produced a class file recorded about it, for what class files lose: parameter
 * names (without {@code -parameters}), {@code @Nullable} annotations of source retention or on type uses, the
 * source of methods (for code versions), and the code versions of upstream modules' assets.
 */
public interface ClassFileFacts {

    /** Knows nothing: every element is read as javac presents it. */
    ClassFileFacts NONE = new ClassFileFacts() {
        @Override
        public Optional<String> parameterName(ExecutableElement method, int index) {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> nullable(TypeElement record, String component) {
            return Optional.empty();
        }

        @Override
        public Optional<String> codeVersion(ExecutableElement method) {
            return Optional.empty();
        }

        @Override
        public Optional<CodeNode> node(String id) {
            return Optional.empty();
        }
    };

    /** The name of parameter {@code index} of {@code method} as written in its source. */
    Optional<String> parameterName(ExecutableElement method, int index);

    /** Whether {@code component} of {@code record} is nullable, as its own compilation decided. */
    Optional<Boolean> nullable(TypeElement record, String component);

    /** The code version of an asset or check method to take as it is: an upstream module's. */
    Optional<String> codeVersion(ExecutableElement method);

    /** The code recorded under {@code id}, when its source is not part of this compilation. */
    Optional<CodeNode> node(String id);
}
