package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.RowSource;
import dev.assetflow.runtime.io.StorageErrors;
import dev.assetflow.runtime.io.StorageException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The current row of an Arrow batch exported by DuckDB, read from the stored values themselves: dates as
 * their days since the epoch, times and timestamps as their microseconds, so no value goes through the
 * JVM's time zone. Nullability is enforced as in {@link dev.assetflow.runtime.io.JdbcRowSource}, with the
 * same messages; a narrower stored integer or float is widened to the reading component's type.
 */
final class DuckDbArrowRowSource implements RowSource {

    private final String asset;
    private final String table;
    private final Column[] columns;
    private FieldVector[] vectors;
    /** Per column of the current batch: whether it has any null, so that columns without skip the check. */
    private boolean[] hasNulls;
    private int row;

    DuckDbArrowRowSource(String asset, String table, List<Column> columns) {
        this.asset = asset;
        this.table = table;
        this.columns = columns.toArray(Column[]::new);
    }

    /** Reads from {@code root}'s vectors, which must be the reading columns in order. */
    void batch(VectorSchemaRoot root) {
        this.vectors = root.getFieldVectors().toArray(FieldVector[]::new);
        this.hasNulls = new boolean[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            hasNulls[i] = vectors[i].getNullCount() > 0;
        }
    }

    void row(int row) {
        this.row = row;
    }

    private boolean isNull(int column) {
        if (!hasNulls[column] || !vectors[column].isNull(row)) {
            return false;
        }
        if (!columns[column].nullable()) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
        return true;
    }

    private void requireValue(int column) {
        if (hasNulls[column] && vectors[column].isNull(row)) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
    }

    private StorageException unreadable(int column) {
        return new StorageException("reading asset '" + asset + "': cannot read column '" + columns[column].name()
                + "' of table " + table + " as " + columns[column].type() + ": DuckDB exported it as "
                + vectors[column].getField().getType());
    }

    private long integral(int column) {
        FieldVector vector = vectors[column];
        if (vector instanceof BigIntVector v) {
            return v.get(row);
        } else if (vector instanceof IntVector v) {
            return v.get(row);
        } else if (vector instanceof SmallIntVector v) {
            return v.get(row);
        } else if (vector instanceof TinyIntVector v) {
            return v.get(row);
        }
        throw unreadable(column);
    }

    private double floating(int column) {
        FieldVector vector = vectors[column];
        if (vector instanceof Float8Vector v) {
            return v.get(row);
        } else if (vector instanceof Float4Vector v) {
            return v.get(row);
        }
        throw unreadable(column);
    }

    @Override
    public boolean getBoolean(int column) {
        requireValue(column);
        return ((BitVector) vectors[column]).get(row) != 0;
    }

    @Override
    public byte getByte(int column) {
        requireValue(column);
        return (byte) integral(column);
    }

    @Override
    public short getShort(int column) {
        requireValue(column);
        return (short) integral(column);
    }

    @Override
    public int getInt(int column) {
        requireValue(column);
        return (int) integral(column);
    }

    @Override
    public long getLong(int column) {
        requireValue(column);
        return integral(column);
    }

    @Override
    public float getFloat(int column) {
        requireValue(column);
        return (float) floating(column);
    }

    @Override
    public double getDouble(int column) {
        requireValue(column);
        return floating(column);
    }

    @Override
    public Boolean getBooleanOrNull(int column) {
        return isNull(column) ? null : ((BitVector) vectors[column]).get(row) != 0;
    }

    @Override
    public Byte getByteOrNull(int column) {
        return isNull(column) ? null : (byte) integral(column);
    }

    @Override
    public Short getShortOrNull(int column) {
        return isNull(column) ? null : (short) integral(column);
    }

    @Override
    public Integer getIntOrNull(int column) {
        return isNull(column) ? null : (int) integral(column);
    }

    @Override
    public Long getLongOrNull(int column) {
        return isNull(column) ? null : integral(column);
    }

    @Override
    public Float getFloatOrNull(int column) {
        return isNull(column) ? null : (float) floating(column);
    }

    @Override
    public Double getDoubleOrNull(int column) {
        return isNull(column) ? null : floating(column);
    }

    @Override
    public BigDecimal getDecimal(int column) {
        if (isNull(column)) {
            return null;
        }
        if (vectors[column] instanceof DecimalVector v) {
            return v.getObject(row);
        }
        throw unreadable(column);
    }

    @Override
    public String getString(int column) {
        if (isNull(column)) {
            return null;
        }
        if (vectors[column] instanceof VarCharVector v) {
            return new String(v.get(row), StandardCharsets.UTF_8);
        }
        throw unreadable(column);
    }

    @Override
    public LocalDate getDate(int column) {
        if (isNull(column)) {
            return null;
        }
        if (vectors[column] instanceof DateDayVector v) {
            return LocalDate.ofEpochDay(v.get(row));
        }
        throw unreadable(column);
    }

    @Override
    public LocalTime getTime(int column) {
        if (isNull(column)) {
            return null;
        }
        if (vectors[column] instanceof TimeMicroVector v) {
            return LocalTime.ofNanoOfDay(v.get(row) * 1000);
        }
        throw unreadable(column);
    }

    /** The stored microseconds since the epoch of a timestamp column, with or without time zone. */
    private long micros(int column) {
        FieldVector vector = vectors[column];
        if (vector instanceof TimeStampMicroVector v) {
            return v.get(row);
        } else if (vector instanceof TimeStampMicroTZVector v) {
            return v.get(row);
        }
        throw unreadable(column);
    }

    @Override
    public LocalDateTime getTimestamp(int column) {
        if (isNull(column)) {
            return null;
        }
        long micros = micros(column);
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }

    @Override
    public Instant getInstant(int column) {
        if (isNull(column)) {
            return null;
        }
        long micros = micros(column);
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }

    /** The stored instant at UTC, as the JDBC path reads it. */
    @Override
    public OffsetDateTime getOffsetDateTime(int column) {
        Instant value = getInstant(column);
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public UUID getUuid(int column) {
        if (isNull(column)) {
            return null;
        }
        FieldVector vector = vectors[column];
        if (vector instanceof VarCharVector v) {
            return UUID.fromString(new String(v.get(row), StandardCharsets.US_ASCII));
        } else if (vector instanceof FixedSizeBinaryVector v && v.getByteWidth() == 16) {
            ByteBuffer bytes = ByteBuffer.wrap(v.get(row));
            return new UUID(bytes.getLong(), bytes.getLong());
        }
        throw unreadable(column);
    }

    @Override
    public byte[] getBytes(int column) {
        if (isNull(column)) {
            return null;
        }
        if (vectors[column] instanceof VarBinaryVector v) {
            return v.get(row);
        }
        throw unreadable(column);
    }
}
