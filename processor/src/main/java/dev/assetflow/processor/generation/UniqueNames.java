package dev.assetflow.processor.generation;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Hands out identifiers that are valid Java names and unique within one scope. */
final class UniqueNames {

    private final Set<String> taken = new HashSet<>();

    UniqueNames(String... reserved) {
        taken.addAll(Set.of(reserved));
    }

    /** {@code preferred}, or {@code preferred} with a suffix when it is taken or a keyword. */
    String allocate(String preferred, String suffix) {
        String name = preferred;
        if (!SourceVersion.isName(name)) {
            name = SourceVersion.isIdentifier(name) ? name + suffix : "_" + name;
        }
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + suffix + n;
        }
        return candidate;
    }
}
