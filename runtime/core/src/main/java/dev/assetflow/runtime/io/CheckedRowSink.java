package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A {@link RowSink} that knows which column each value goes to, rejects nulls in NOT NULL columns and
 * decimals that do not fit, and counts rows, before handing values to a backend's bulk path. Subclasses
 * implement the {@code write...} methods; every check and message lives here.
 */
public abstract class CheckedRowSink implements RowSink {

    private final String asset;
    private final String table;
    private final Column[] columns;
    private int column;
    private long row;
    private TablePartition partition;
    private int partitionColumn = -1;
    private TemporalLimits temporalLimits = TemporalLimits.NONE;

    public CheckedRowSink(String asset, String table, List<Column> columns) {
        this.asset = asset;
        this.table = table;
        this.columns = columns.toArray(Column[]::new);
    }

    /**
     * Rejects every row whose partition column is outside {@code partition}, so that a partition's write
     * cannot touch other partitions; {@code null} accepts every row.
     */
    public final void restrictTo(TablePartition partition) {
        this.partition = partition;
        this.partitionColumn = partition == null ? -1 : partition.indexIn(java.util.Arrays.asList(columns));
        if (partition != null && partitionColumn < 0) {
            throw new dev.assetflow.runtime.io.StorageException("asset '" + asset + "': table " + table
                    + " has no partition column '" + partition.column() + "'");
        }
    }

    /**
     * Rejects dates and times outside {@code limits} (the backend's range and precision) instead of writing
     * them; {@link TemporalLimits#NONE} by default.
     */
    protected final void limitTemporals(TemporalLimits limits) {
        this.temporalLimits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /**
     * A value the backend's column cannot hold, found while writing it: names the asset, the row, the current
     * column and the table, and says why ({@code problem}, e.g. "that has an unpaired UTF-16 surrogate").
     */
    protected final StorageException invalidValue(String value, String problem) {
        int index = currentColumn();
        String name = index >= 0 && index < columns.length ? columns[index].name() : "?";
        return new StorageException("asset '" + asset + "': row " + row + " has " + value + " in column '" + name
                + "' of table " + table + ", " + problem + ". Nothing was written; the table keeps its previous rows.");
    }

    private void checkTemporal(Object value, String problem) {
        if (problem != null) {
            throw StorageErrors.temporalNotStorable(asset, table, columns[column - 1], row, value, problem);
        }
    }

    private void checkPartition(Object value) {
        if (column - 1 == partitionColumn && !partition.contains(value)) {
            throw StorageErrors.outsidePartition(asset, table, row, partition, value);
        }
    }

    /**
     * Writes every row of {@code rows} through {@code writer}, each one checked, in order, and returns how many
     * were written. This is the one row loop of every backend: rows are pushed with {@code forEach} (an
     * {@code iterator()} would buffer each row through a spliterator), and each is framed by
     * {@link #beginRow()} and {@link #endRow()}, which backends extend to frame the row in their bulk format.
     */
    public final <R> long writeAll(Stream<? extends R> rows, RowWriter<R> writer) {
        rows.sequential().forEach(value -> {
            if (value == null) {
                throw new StorageException("asset '" + asset + "': row " + (row + 1) + " of the rows for table "
                        + table + " is null, not a record; an asset's List or Stream must not hold null elements"
                        + " (leave them out, e.g. .filter(Objects::nonNull)); nothing was written");
            }
            beginRow();
            writer.write(value, this);
            endRow();
        });
        return row;
    }

    /** Starts a row; a subclass that extends it calls {@code super.beginRow()} first. */
    protected void beginRow() {
        startRow();
    }

    /** Ends a row; a subclass that extends it calls {@code super.endRow()} first. */
    protected void endRow() {
        finishRow();
    }

    /** Starts the next row; rows are numbered from 1 in messages. */
    public final void startRow() {
        row++;
        column = 0;
    }

    /** Checks that the writer put one value per column. */
    public final void finishRow() {
        if (column != columns.length) {
            throw StorageErrors.wrongValueCount(asset, table, row, column, columns.length);
        }
    }

    /** The number of rows started so far. */
    public final long rows() {
        return row;
    }

    /** The index of the column the current value goes to. */
    public final int currentColumn() {
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
        checkTemporal(value, temporalLimits.problem(value));
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
        checkTemporal(value, temporalLimits.precision(value.getNano()));
        writeTime(value);
    }

    @Override
    public final void putTimestamp(LocalDateTime value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        checkTemporal(value, temporalLimits.problem(value));
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
        checkTemporal(value, temporalLimits.problem(value));
        writeInstant(value);
    }

    @Override
    public final void putOffsetDateTime(OffsetDateTime value) {
        if (value == null) {
            putNull();
            return;
        }
        next();
        checkTemporal(value, temporalLimits.problem(value.toInstant()));
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

    protected abstract void writeNull();

    protected abstract void writeBoolean(boolean value);

    protected abstract void writeByte(byte value);

    protected abstract void writeShort(short value);

    protected abstract void writeInt(int value);

    protected abstract void writeLong(long value);

    protected abstract void writeFloat(float value);

    protected abstract void writeDouble(double value);

    protected abstract void writeDecimal(BigDecimal value);

    protected abstract void writeString(String value);

    protected abstract void writeDate(LocalDate value);

    protected abstract void writeTime(LocalTime value);

    protected abstract void writeTimestamp(LocalDateTime value);

    /** Timestamps with time zone, as instants (an {@code OffsetDateTime} is stored as its instant). */
    protected abstract void writeInstant(Instant value);

    protected abstract void writeUuid(UUID value);

    protected abstract void writeBytes(byte[] value);
}
