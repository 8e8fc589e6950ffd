package dev.assetflow.processor.base;

/**
 * The warnings the processor reports. A warning flags a declaration that compiles and runs but likely does not
 * do what its author expects; each can be silenced where it is reported with
 * {@code @SuppressWarnings("assetflow:<name>")}, or all of them with {@code @SuppressWarnings("assetflow")}, on
 * the element, or on any element enclosing it.
 */
public enum Warning {

    /** An {@code OffsetDateTime} record component: its column keeps the instant, not the offset. */
    OFFSET_NOT_STORED("offset-not-stored");

    /** The {@code @SuppressWarnings} key that silences every Assetflow warning. */
    public static final String ALL = "assetflow";

    private final String name;

    Warning(String name) {
        this.name = name;
    }

    /** The {@code @SuppressWarnings} key that silences this warning, e.g. {@code assetflow:offset-not-stored}. */
    public String key() {
        return ALL + ":" + name;
    }

    /** The tag its message starts with, e.g. {@code [assetflow:offset-not-stored]}. */
    public String tag() {
        return "[" + key() + "]";
    }
}
