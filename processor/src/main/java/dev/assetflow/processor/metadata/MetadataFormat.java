package dev.assetflow.processor.metadata;

import dev.assetflow.processor.model.CodeNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of a marker: one record per line, fields separated by tabs (which no Java name or code version
 * contains). The first line names the kind and the format version; a reader refuses versions it does not
 * know rather than guess.
 *
 * <pre>
 * assetflow-metadata   1
 * type     com.acme.SalesAssets
 * method   com.acme.SalesAssets#rows(java.util.List)   2bc56571929059bb   sales
 * record   com.acme.Sale   id:0   amount:1
 * node     com.acme.SalesAssets#rows(java.util.List)   9f8e...   com.acme.Parsers#parse(java.lang.String)
 *
 * assetflow-pipeline   1
 * pipeline com.acme.Pipeline
 * type     com.acme.SalesAssets
 * </pre>
 */
public final class MetadataFormat {

    /** The version this processor writes and reads. */
    public static final int VERSION = 1;
    static final String TYPE_HEADER = "assetflow-metadata";
    static final String PIPELINE_HEADER = "assetflow-pipeline";
    static final String CODE_HEADER = "assetflow-code";
    private static final String TAB = "\t";

    private MetadataFormat() {
    }

    /** The text of a type's marker. */
    public static String encode(TypeMetadata metadata) {
        StringBuilder text = new StringBuilder();
        line(text, TYPE_HEADER, String.valueOf(VERSION));
        line(text, "type", metadata.type());
        for (MethodFacts method : metadata.methods()) {
            List<String> fields = new ArrayList<>(List.of("method", method.id(), method.codeVersion()));
            fields.addAll(method.parameterNames());
            line(text, fields.toArray(String[]::new));
        }
        for (Map.Entry<String, Map<String, Boolean>> record : new TreeMap<>(metadata.nullability()).entrySet()) {
            List<String> fields = new ArrayList<>(List.of("record", record.getKey()));
            record.getValue().forEach((component, nullable) -> fields.add(component + ":" + (nullable ? 1 : 0)));
            line(text, fields.toArray(String[]::new));
        }
        for (CodeNode node : metadata.code()) {
            List<String> fields = new ArrayList<>(List.of("node", node.id(), node.fingerprint()));
            fields.addAll(node.callees());
            line(text, fields.toArray(String[]::new));
        }
        return text.toString();
    }

    /** The text of a pipeline's marker. */
    public static String encode(PipelineIndex index) {
        StringBuilder text = new StringBuilder();
        line(text, PIPELINE_HEADER, String.valueOf(VERSION));
        line(text, "pipeline", index.pipeline());
        for (String type : index.types()) {
            line(text, "type", type);
        }
        return text.toString();
    }

    /** The text of a type's code record: the fingerprint and callees of each of its methods and fields. */
    public static String encodeCode(String type, List<CodeNode> code) {
        StringBuilder text = new StringBuilder();
        line(text, CODE_HEADER, String.valueOf(VERSION));
        line(text, "type", type);
        for (CodeNode node : code) {
            List<String> fields = new ArrayList<>(List.of("node", node.id(), node.fingerprint()));
            fields.addAll(node.callees());
            line(text, fields.toArray(String[]::new));
        }
        return text.toString();
    }

    /** Reads a type's code record. */
    static List<CodeNode> decodeCode(String text) throws MetadataFormatException {
        List<CodeNode> code = new ArrayList<>();
        for (String[] fields : lines(text, CODE_HEADER)) {
            switch (fields[0]) {
                case "type" -> field(fields, 1);
                case "node" -> code.add(new CodeNode(field(fields, 1), field(fields, 2), rest(fields, 3)));
                default -> throw new MetadataFormatException("unknown record '" + fields[0] + "'");
            }
        }
        return code;
    }

    /** Reads a type's marker. */
    static TypeMetadata decodeType(String text) throws MetadataFormatException {
        List<String[]> lines = lines(text, TYPE_HEADER);
        String type = null;
        List<MethodFacts> methods = new ArrayList<>();
        Map<String, Map<String, Boolean>> nullability = new LinkedHashMap<>();
        List<CodeNode> code = new ArrayList<>();
        for (String[] fields : lines) {
            switch (fields[0]) {
                case "type" -> type = field(fields, 1);
                case "method" -> methods.add(new MethodFacts(field(fields, 1), field(fields, 2), rest(fields, 3)));
                case "record" -> {
                    Map<String, Boolean> components = new LinkedHashMap<>();
                    for (String component : rest(fields, 2)) {
                        int colon = component.lastIndexOf(':');
                        if (colon < 1) {
                            throw new MetadataFormatException("malformed component '" + component + "'");
                        }
                        components.put(component.substring(0, colon), component.endsWith(":1"));
                    }
                    nullability.put(field(fields, 1), components);
                }
                case "node" -> code.add(new CodeNode(field(fields, 1), field(fields, 2), rest(fields, 3)));
                default -> throw new MetadataFormatException("unknown record '" + fields[0] + "'");
            }
        }
        if (type == null) {
            throw new MetadataFormatException("no type");
        }
        return new TypeMetadata(type, methods, nullability, code);
    }

    /** Reads a pipeline's marker. */
    static PipelineIndex decodePipeline(String text) throws MetadataFormatException {
        String pipeline = null;
        List<String> types = new ArrayList<>();
        for (String[] fields : lines(text, PIPELINE_HEADER)) {
            switch (fields[0]) {
                case "pipeline" -> pipeline = field(fields, 1);
                case "type" -> types.add(field(fields, 1));
                default -> throw new MetadataFormatException("unknown record '" + fields[0] + "'");
            }
        }
        if (pipeline == null) {
            throw new MetadataFormatException("no pipeline");
        }
        return new PipelineIndex(pipeline, types);
    }

    private static List<String[]> lines(String text, String header) throws MetadataFormatException {
        List<String> all = new ArrayList<>(Arrays.asList(text.split("\n")));
        if (all.isEmpty()) {
            throw new MetadataFormatException("empty");
        }
        String[] first = all.remove(0).split(TAB, -1);
        if (!first[0].equals(header) || first.length != 2) {
            throw new MetadataFormatException("not " + header);
        }
        if (!first[1].equals(String.valueOf(VERSION))) {
            throw new MetadataFormatException.Version(first[1]);
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : all) {
            if (!line.isEmpty()) {
                lines.add(line.split(TAB, -1));
            }
        }
        return lines;
    }

    private static String field(String[] fields, int index) throws MetadataFormatException {
        if (fields.length <= index || fields[index].isEmpty()) {
            throw new MetadataFormatException("'" + fields[0] + "' lacks field " + index);
        }
        return fields[index];
    }

    private static List<String> rest(String[] fields, int from) {
        return from >= fields.length ? List.of() : List.of(Arrays.copyOfRange(fields, from, fields.length));
    }

    private static void line(StringBuilder text, String... fields) {
        text.append(String.join(TAB, fields)).append('\n');
    }

    /** A marker this processor cannot read. */
    static class MetadataFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        MetadataFormatException(String message) {
            super(message);
        }

        /** Written in a format version this processor does not know. */
        static final class Version extends MetadataFormatException {
            private static final long serialVersionUID = 1L;
            final String version;

            Version(String version) {
                super("format version " + version);
                this.version = version;
            }
        }
    }
}
