package dev.assetflow.runtime.io;

/**
 * The storage type of a column, independent of the database. Each IO manager maps it to its own SQL type
 * (see the type mapping in the README).
 */
public enum ColumnType {
    /** {@code boolean} / {@code Boolean}. */
    BOOLEAN,
    /** {@code byte} / {@code Byte}. */
    TINYINT,
    /** {@code short} / {@code Short}. */
    SMALLINT,
    /** {@code int} / {@code Integer}. */
    INTEGER,
    /** {@code long} / {@code Long}. */
    BIGINT,
    /** {@code float} / {@code Float}. */
    REAL,
    /** {@code double} / {@code Double}. */
    DOUBLE,
    /** {@code BigDecimal}, with the column's precision and scale. */
    DECIMAL,
    /** {@code String}, and enums stored by {@code name()}. */
    VARCHAR,
    /** {@code LocalDate}. */
    DATE,
    /** {@code LocalTime}. */
    TIME,
    /** {@code LocalDateTime}: a timestamp without time zone. */
    TIMESTAMP,
    /** {@code Instant} and {@code OffsetDateTime}: a timestamp with time zone. */
    TIMESTAMP_TZ,
    /** {@code UUID}. */
    UUID,
    /** {@code byte[]}. */
    BLOB
}
