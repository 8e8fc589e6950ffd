package dev.assetflow.processor.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the markers of the package {@value MarkerNames#PACKAGE} that javac finds on the class path. The text of
 * a marker is the concatenation of its {@code String} constants {@code METADATA}, {@code METADATA_2}...
 */
public final class MarkerReader {

    /** The name of the first constant holding a marker's text. */
    public static final String FIELD = "METADATA";

    private final Elements elements;

    public MarkerReader(Elements elements) {
        this.elements = elements;
    }

    /**
     * Every marker on the class path, except those of types compiled from source now ({@code fromSource}),
     * which are out of date by definition, and of types that no longer exist.
     */
    public ClassPathMetadata read(Predicate<TypeElement> fromSource) {
        Map<String, TypeMetadata> types = new TreeMap<>();
        Map<String, TypeMetadata> recorded = new TreeMap<>();
        List<PipelineIndex> pipelines = new ArrayList<>();
        List<ClassPathMetadata.Unreadable> unreadable = new ArrayList<>();
        PackageElement markers = elements.getPackageElement(MarkerNames.PACKAGE);
        if (markers == null) {
            return new ClassPathMetadata(types, recorded, pipelines, unreadable);
        }
        for (TypeElement marker : ElementFilter.typesIn(markers.getEnclosedElements())) {
            String name = marker.getSimpleName().toString();
            Optional<String> text = text(marker);
            if (text.isEmpty() || !(name.startsWith(MarkerNames.TYPE_PREFIX)
                    || name.startsWith(MarkerNames.PIPELINE_PREFIX))) {
                continue; // generated in this compilation (not compiled yet) or not ours
            }
            try {
                if (name.startsWith(MarkerNames.TYPE_PREFIX)) {
                    TypeMetadata metadata = MetadataFormat.decodeType(text.get());
                    recorded.put(metadata.type(), metadata);
                    TypeElement type = elements.getTypeElement(metadata.type());
                    if (type != null && !fromSource.test(type)) {
                        types.put(metadata.type(), metadata);
                    }
                } else {
                    pipelines.add(MetadataFormat.decodePipeline(text.get()));
                }
            } catch (MetadataFormat.MetadataFormatException e) {
                Optional<String> version = e instanceof MetadataFormat.MetadataFormatException.Version unknown
                        ? Optional.of(unknown.version) : Optional.empty();
                unreadable.add(new ClassPathMetadata.Unreadable(marker.getQualifiedName().toString(), version,
                        e.getMessage()));
            }
        }
        pipelines.sort(Comparator.comparing(PipelineIndex::pipeline));
        return new ClassPathMetadata(types, recorded, pipelines, unreadable);
    }

    private static Optional<String> text(TypeElement marker) {
        List<VariableElement> parts = new ArrayList<>();
        for (Element member : marker.getEnclosedElements()) {
            if (member instanceof VariableElement field && field.getSimpleName().toString().matches(FIELD + "(_\\d{1,6})?")
                    && field.getConstantValue() instanceof String) {
                parts.add(field);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        parts.sort(Comparator.comparingInt(MarkerReader::partNumber));
        StringBuilder text = new StringBuilder();
        for (VariableElement part : parts) {
            text.append((String) part.getConstantValue());
        }
        return Optional.of(text.toString());
    }

    /** {@code METADATA} is part 1, {@code METADATA_2} part 2... */
    static int partNumber(VariableElement field) {
        String name = field.getSimpleName().toString();
        return name.equals(FIELD) ? 1 : Integer.parseInt(name.substring(FIELD.length() + 1));
    }
}
