package dev.assetflow.runtime.io;

import dev.assetflow.runtime.Column;
import dev.assetflow.runtime.ColumnType;
import dev.assetflow.runtime.RowSink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A {@link RowSink} that knows which column each value goes to, rejects nulls in NOT NULL columns and
 * decimals that do not fit, and counts rows, before handing values to a backend's bulk path. Subclasses
 * implement the {@code write...} methods; every check and message lives here.
 */
abstract class CheckedRowSink implements RowSink {

    private final String asset;
    private final String table;
    private final Column[] columns;
    private int column;
    private long row;
    private TablePartition partition;
    private int partitionColumn = -1;

    CheckedRowSink(String asset, String table, List<Column> columns) {
        this.asset = asset;
        this.table = table;
        this.columns = columns.toArray(Column[]::new);
    }

    /**
     * Rejects every row whose partition column is outside {@code partition}, so that a partition's write
     * cannot touch other partitions; {@code null} accepts every row.
     */
    final void restrictTo(TablePartition partition) {
        this.partition = partition;
        this.partitionColumn = partition == null ? -1 : partition.indexIn(java.util.Arrays.asList(columns));
        if (partition != null && partitionColumn < 0) {
            throw new dev.assetflow.runtime.AssetflowException("asset '" + asset + "': table " + table
                    + " has no partition column '" + partition.column() + "'");
        }
    }

    private void checkPartition(Object value) {
        if (column - 1 == partitionColumn && !partition.contains(value)) {
            throw StorageErrors.outsidePartition(asset, table, row, partition, value);
        }
    }

    /** Starts the next row; rows are numbered from 1 in messages. */
    final void startRow() {
        row++;
        column = 0;
    }

    /** Checks that the writer put one value per column. */
    final void finishRow() {
        if (column != columns.length) {
            throw StorageErrors.wrongValueCount(asset, table, row, column, columns.length);
        }
    }

    /** The number of rows started so far. */
    final long rows() {
        return row;
    }

    /** The index of the column the current value goes to. */
    final int currentColumn() {
        return column - 1;
    }

    private Column next() {
        if (column >= columns.length) {
            throw StorageErrors.wrongValueCount(asset, table, row, column + 1, columns.length);
        }
        return columns[column++];
    }

    @Override
    public final void putNull() {
        Column target = next();
        if (!target.nullable()) {
            throw StorageErrors.nullInNotNullColumn(asset, table, target, row);
        }
        if (partition != null) {
            checkPartition(null);
        }
        writeNull();
    }

    @Override
    public final void putBoolean(boolean value) {
        next();
        writeBoolean(value);
    }

    @Override
    public final void putByte(byte value) {
        next();
        writeByte(value);
    }

    @Override
    public final void putShort(short value) {
        next();
        writeShort(value);
    }

    @Override
    public final void putInt(int value) {
        next();
        writeInt(value);
    }

    @Override
    public final void putLong(long value) {
        next();
        writeLong(value);
    }

    @Override
    public final void putFloat(float value) {
        next();
        writeFloat(value);
    }

    @Override
    public final void putDouble(double value) {
        next();
        writeDouble(value);
    }

    @Override
    public final void putDecimal(BigDecimal value) {
        if (value == null) {
            putNull();
            return;
        }
        Column target = next();
        writeDecimal(fit(target, value));
    }

    private BigDecimal fit(Column target, BigDecimal value) {
        if (target.type() != ColumnType.DECIMAL || target.precision() == 0) {
            return value;
        }
        BigDecimal scaled;
        try {
            scaled = value.setScale(target.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw StorageErrors.decimalDoesNotFit(asset, table, target, row, value);
        }
        if (scaled.precision() - scaled.scale() > target.precision() - target.scale()) {
            throw StorageErrors.decimalDoesNotFit(asset, table, target, row, value);
        }
        return scaled;
    }

    @Override
    public final void putString(String value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        if (partition != null) {
            checkPartition(value);
        }
        writeString(value);
    }

    @Override
    public final void putDate(LocalDate value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        if (partition != null) {
            checkPartition(value);
        }
        writeDate(value);
    }

    @Override
    public final void putTime(LocalTime value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        writeTime(value);
    }

    @Override
    public final void putTimestamp(LocalDateTime value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        if (partition != null) {
            checkPartition(value);
        }
        writeTimestamp(value);
    }

    @Override
    public final void putInstant(Instant value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        writeInstant(value);
    }

    @Override
    public final void putOffsetDateTime(OffsetDateTime value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        writeInstant(value.toInstant());
    }

    @Override
    public final void putUuid(UUID value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        writeUuid(value);
    }

    @Override
    public final void putBytes(byte[] value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        writeBytes(value);
    }

    abstract void writeNull();

    abstract void writeBoolean(boolean value);

    abstract void writeByte(byte value);

    abstract void writeShort(short value);

    abstract void writeInt(int value);

    abstract void writeLong(long value);

    abstract void writeFloat(float value);

    abstract void writeDouble(double value);

    abstract void writeDecimal(BigDecimal value);

    abstract void writeString(String value);

    abstract void writeDate(LocalDate value);

    abstract void writeTime(LocalTime value);

    abstract void writeTimestamp(LocalDateTime value);

    /** Timestamps with time zone, as instants (an {@code OffsetDateTime} is stored as its instant). */
    abstract void writeInstant(Instant value);

    abstract void writeUuid(UUID value);

    abstract void writeBytes(byte[] value);
}
