package dev.assetflow.processor.metadata;

import dev.assetflow.processor.model.CodeNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * The code records of types that declare no assets but whose code assets reach (records, helpers): a resource
 * {@code META-INF/assetflow/code/<type>} per type, written whenever the type is compiled, so that a later partial
 * compilation that does not recompile it still knows the source of its methods. Read from this compilation's
 * class output, else from the class path.
 */
public final class CodeRecords {

    private static final String DIRECTORY = "META-INF/assetflow/code/";

    private final Filer filer;
    private final Map<String, Optional<List<CodeNode>>> cache = new HashMap<>();

    public CodeRecords(Filer filer) {
        this.filer = filer;
    }

    /** The resource name of the code record of {@code type}. */
    public static String resource(String type) {
        return DIRECTORY + type;
    }

    /** The recorded code of {@code type}, if a compilation recorded it. */
    public Optional<List<CodeNode>> read(String type) {
        return cache.computeIfAbsent(type, this::load);
    }

    private Optional<List<CodeNode>> load(String type) {
        for (JavaFileManager.Location location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
            try {
                FileObject file = filer.getResource(location, "", resource(type));
                try (InputStream in = file.openInputStream()) {
                    return Optional.of(MetadataFormat.decodeCode(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (IOException | RuntimeException | MetadataFormat.MetadataFormatException notThere) {
                // try the next location; an unreadable record counts as none
            }
        }
        return Optional.empty();
    }
}
