package dev.assetflow.processor.model;

/** How an asset method returns or receives its rows. */
public enum CollectionKind {
    /** {@code java.util.List}: all rows in memory. */
    LIST("java.util.List"),
    /** {@code java.util.stream.Stream}: rows produced or read lazily. */
    STREAM("java.util.stream.Stream");

    private final String qualifiedName;

    CollectionKind(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }

    public String qualifiedName() {
        return qualifiedName;
    }
}
