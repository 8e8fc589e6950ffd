package dev.assetflow.processor.model;

import java.util.Optional;

/**
 * A Java value type that can be stored in a column, with its runtime {@code ColumnType} and the
 * {@code RowSink}/{@code RowSource} methods that move it.
 */
public enum ValueType {
    BOOLEAN("BOOLEAN", "putBoolean", "getBoolean", "getBooleanOrNull", "boolean"),
    BYTE("TINYINT", "putByte", "getByte", "getByteOrNull", "byte"),
    SHORT("SMALLINT", "putShort", "getShort", "getShortOrNull", "short"),
    INT("INTEGER", "putInt", "getInt", "getIntOrNull", "int"),
    LONG("BIGINT", "putLong", "getLong", "getLongOrNull", "long"),
    FLOAT("REAL", "putFloat", "getFloat", "getFloatOrNull", "float"),
    DOUBLE("DOUBLE", "putDouble", "getDouble", "getDoubleOrNull", "double"),
    DECIMAL("DECIMAL", "putDecimal", "getDecimal", null, "java.math.BigDecimal"),
    STRING("VARCHAR", "putString", "getString", null, "java.lang.String"),
    LOCAL_DATE("DATE", "putDate", "getDate", null, "java.time.LocalDate"),
    LOCAL_TIME("TIME", "putTime", "getTime", null, "java.time.LocalTime"),
    LOCAL_DATE_TIME("TIMESTAMP", "putTimestamp", "getTimestamp", null, "java.time.LocalDateTime"),
    INSTANT("TIMESTAMP_TZ", "putInstant", "getInstant", null, "java.time.Instant"),
    OFFSET_DATE_TIME("TIMESTAMP_TZ", "putOffsetDateTime", "getOffsetDateTime", null, "java.time.OffsetDateTime"),
    UUID("UUID", "putUuid", "getUuid", null, "java.util.UUID"),
    BYTES("BLOB", "putBytes", "getBytes", null, "byte[]"),
    ENUM("VARCHAR", "putString", "getString", null, "enum");

    private final String columnType;
    private final String sinkMethod;
    private final String sourceMethod;
    private final String boxedSourceMethod;
    private final String javaName;

    ValueType(String columnType, String sinkMethod, String sourceMethod, String boxedSourceMethod,
            String javaName) {
        this.columnType = columnType;
        this.sinkMethod = sinkMethod;
        this.sourceMethod = sourceMethod;
        this.boxedSourceMethod = boxedSourceMethod;
        this.javaName = javaName;
    }

    /** The name of the {@code dev.assetflow.runtime.io.ColumnType} constant. */
    public String columnType() {
        return columnType;
    }

    /** The {@code RowSink} method that writes a value of this type. */
    public String sinkMethod() {
        return sinkMethod;
    }

    /** The {@code RowSource} method that reads a primitive or reference value of this type. */
    public String sourceMethod() {
        return sourceMethod;
    }

    /** The {@code RowSource} method that reads a boxed primitive, null for SQL {@code NULL}. */
    public Optional<String> boxedSourceMethod() {
        return Optional.ofNullable(boxedSourceMethod);
    }

    /** Whether this is a primitive type (which also has a box). */
    public boolean isPrimitive() {
        return boxedSourceMethod != null;
    }

    /** The Java name of the type (the primitive's name for primitives and boxes). */
    public String javaName() {
        return javaName;
    }

    /**
     * Whether a column stored as {@code this} can be read into a component of type {@code target}
     * without loss: the same type, a wider integral or floating-point type, or a String for an enum.
     */
    public boolean widensTo(ValueType target) {
        if (this == target) {
            return true;
        }
        if (this == ENUM) {
            return target == STRING;
        }
        int integral = integralRank(this);
        if (integral > 0) {
            return integralRank(target) >= integral;
        }
        return this == FLOAT && target == DOUBLE;
    }

    private static int integralRank(ValueType type) {
        return switch (type) {
            case BYTE -> 1;
            case SHORT -> 2;
            case INT -> 3;
            case LONG -> 4;
            default -> 0;
        };
    }
}
