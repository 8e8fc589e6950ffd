package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.CheckedRowSink;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.SqlTypes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
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
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Puts checked values into Arrow vectors, a batch of rows at a time, and hands each full batch to
 * {@code batches}. Every check the Appender path makes is made here too, with the same messages: the base
 * class's (nulls, decimals, partitions, value count) and DuckDB's own (text that is not valid UTF-16,
 * timestamps outside DuckDB's range). A UUID travels as its text and DuckDB casts it on insert.
 */
final class DuckDbArrowSink extends CheckedRowSink {

    private static final String TIMESTAMP_RANGE = "which is outside DuckDB's timestamp range (290309 BC to 294247 AD)";
    private static final String DATE_RANGE = "which is outside DuckDB's date range (5877642 BC to 5881580 AD)";

    private final String asset;
    private final String table;
    private final List<Column> columns;
    private final Schema schema;
    private final BufferAllocator allocator;
    private final int batchRows;
    private final Consumer<VectorSchemaRoot> batches;
    private VectorSchemaRoot root;
    private FieldVector[] vectors;
    private int index = -1;

    DuckDbArrowSink(String asset, String table, List<Column> columns, BufferAllocator allocator, int batchRows,
            Consumer<VectorSchemaRoot> batches) {
        super(asset, table, columns);
        limitTemporals(DuckDbAppenderSink.TEMPORAL_LIMITS);
        this.asset = asset;
        this.table = table;
        this.columns = columns;
        this.schema = schema(columns);
        this.allocator = allocator;
        this.batchRows = batchRows;
        this.batches = batches;
        newBatch();
    }

    /** Whether every column can travel as Arrow with exactly the Appender's semantics. */
    static boolean supports(List<Column> columns) {
        // a decimal without declared precision is stored as DECIMAL(38,10) and the Appender rejects other
        // scales with the driver's own message: keep those on the Appender path
        return columns.stream().noneMatch(c -> c.type() == dev.assetflow.runtime.io.ColumnType.DECIMAL
                && c.precision() == 0);
    }

    /** The Arrow schema of {@code columns}, field names the column names. */
    static Schema schema(List<Column> columns) {
        List<Field> fields = new ArrayList<>(columns.size());
        for (Column column : columns) {
            fields.add(new Field(column.name(), new FieldType(true, arrowType(column), null), null));
        }
        return new Schema(fields);
    }

    private static ArrowType arrowType(Column column) {
        return switch (column.type()) {
            case BOOLEAN -> ArrowType.Bool.INSTANCE;
            case TINYINT -> new ArrowType.Int(8, true);
            case SMALLINT -> new ArrowType.Int(16, true);
            case INTEGER -> new ArrowType.Int(32, true);
            case BIGINT -> new ArrowType.Int(64, true);
            case REAL -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case DECIMAL -> new ArrowType.Decimal(SqlTypes.precision(column), SqlTypes.scale(column), 128);
            case VARCHAR, UUID -> ArrowType.Utf8.INSTANCE;
            case DATE -> new ArrowType.Date(DateUnit.DAY);
            case TIME -> new ArrowType.Time(TimeUnit.MICROSECOND, 64);
            case TIMESTAMP -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
            case TIMESTAMP_TZ -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC");
            case BLOB -> ArrowType.Binary.INSTANCE;
        };
    }

    private void newBatch() {
        root = VectorSchemaRoot.create(schema, allocator);
        vectors = root.getFieldVectors().toArray(FieldVector[]::new);
        for (FieldVector vector : vectors) {
            vector.setInitialCapacity(batchRows);
            vector.allocateNew();
        }
        index = -1;
    }

    @Override
    protected void beginRow() {
        super.beginRow();
        index++;
    }

    @Override
    protected void endRow() {
        super.endRow();
        if (index + 1 == batchRows) {
            handOver();
        }
    }

    /** Hands the last, partly filled batch over; the sink is then spent. */
    void finish() {
        if (index >= 0) {
            handOver();
        }
        root.close();
    }

    /** Frees the batch being filled, after a failure. */
    void discard() {
        root.close();
    }

    private void handOver() {
        int rows = index + 1;
        for (FieldVector vector : vectors) {
            vector.setValueCount(rows);
        }
        root.setRowCount(rows);
        VectorSchemaRoot full = root;
        newBatch();
        batches.accept(full);
    }



    private FieldVector vector() {
        return vectors[currentColumn()];
    }

    @Override
    protected void writeNull() {
        FieldVector vector = vector();
        if (vector instanceof BaseFixedWidthVector fixed) {
            fixed.setNull(index);
        } else {
            ((BaseVariableWidthVector) vector).setNull(index);
        }
    }

    @Override
    protected void writeBoolean(boolean value) {
        ((BitVector) vector()).set(index, value ? 1 : 0);
    }

    @Override
    protected void writeByte(byte value) {
        ((TinyIntVector) vector()).set(index, value);
    }

    @Override
    protected void writeShort(short value) {
        ((SmallIntVector) vector()).set(index, value);
    }

    @Override
    protected void writeInt(int value) {
        ((IntVector) vector()).set(index, value);
    }

    @Override
    protected void writeLong(long value) {
        ((BigIntVector) vector()).set(index, value);
    }

    @Override
    protected void writeFloat(float value) {
        ((Float4Vector) vector()).set(index, value);
    }

    @Override
    protected void writeDouble(double value) {
        ((Float8Vector) vector()).set(index, value);
    }

    @Override
    protected void writeDecimal(BigDecimal value) {
        ((DecimalVector) vector()).set(index, value);
    }

    @Override
    protected void writeString(String value) {
        int surrogate = DuckDbAppenderSink.unpairedSurrogate(value);
        if (surrogate >= 0) {
            throw invalidValue("a string", "that has an unpaired UTF-16 surrogate at index " + surrogate
                    + ", which is not valid text and would be stored as '?'");
        }
        ((VarCharVector) vector()).setSafe(index, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void writeDate(LocalDate value) {
        long days = value.toEpochDay();
        if (days != (int) days) {
            throw invalidValue(value.toString(), DATE_RANGE);
        }
        ((DateDayVector) vector()).set(index, (int) days);
    }

    @Override
    protected void writeTime(LocalTime value) {
        ((TimeMicroVector) vector()).set(index, value.toNanoOfDay() / 1000);
    }

    @Override
    protected void writeTimestamp(LocalDateTime value) {
        long micros;
        try {
            micros = Math.addExact(Math.multiplyExact(value.toEpochSecond(ZoneOffset.UTC), 1_000_000L),
                    value.getNano() / 1000);
        } catch (ArithmeticException e) {
            throw invalidValue(value.toString(), TIMESTAMP_RANGE);
        }
        ((TimeStampMicroVector) vector()).set(index, micros);
    }

    @Override
    protected void writeInstant(Instant value) {
        long micros;
        try {
            micros = Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1000);
        } catch (ArithmeticException e) {
            throw invalidValue(value.toString(), TIMESTAMP_RANGE);
        }
        ((TimeStampMicroTZVector) vector()).set(index, micros);
    }

    @Override
    protected void writeUuid(UUID value) {
        ((VarCharVector) vector()).setSafe(index, value.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    protected void writeBytes(byte[] value) {
        ((VarBinaryVector) vector()).setSafe(index, value);
    }
}
