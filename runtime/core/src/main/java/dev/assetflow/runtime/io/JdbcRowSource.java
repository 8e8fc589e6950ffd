package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A {@link RowSource} over the current row of a JDBC {@link ResultSet} whose columns are the reading row
 * type's columns, in order. Enforces nullability: a SQL {@code NULL} read into a primitive or a non-null
 * component fails, naming the asset, the table and the column. Backends whose driver needs another getter
 * for a type override the {@code fetch...} methods.
 */
public class JdbcRowSource implements RowSource {

    private final String asset;
    private final String table;
    private final Column[] columns;
    private final ResultSet resultSet;

    public JdbcRowSource(String asset, String table, List<Column> columns, ResultSet resultSet) {
        this.asset = asset;
        this.table = table;
        this.columns = columns.toArray(Column[]::new);
        this.resultSet = resultSet;
    }

    public final ResultSet resultSet() {
        return resultSet;
    }

    private StorageException failure(int column, SQLException e) {
        return new StorageException("reading asset '" + asset + "': cannot read column '"
                + columns[column].name() + "' of table " + table + " as " + columns[column].type() + ": "
                + e.getMessage(), e);
    }

    /** Fails when the last value read was NULL. */
    private void requireValue(int column) throws SQLException {
        if (resultSet.wasNull()) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
    }

    /** Whether the last value read was NULL; fails when the column may not be null. */
    private boolean wasNull(int column) throws SQLException {
        if (!resultSet.wasNull()) {
            return false;
        }
        if (!columns[column].nullable()) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
        return true;
    }

    private <T> T checked(int column, T value) {
        if (value == null && !columns[column].nullable()) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
        return value;
    }

    @Override
    public final boolean getBoolean(int column) {
        try {
            boolean value = resultSet.getBoolean(column + 1);
            requireValue(column);
            return value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final byte getByte(int column) {
        try {
            byte value = resultSet.getByte(column + 1);
            requireValue(column);
            return value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final short getShort(int column) {
        try {
            short value = resultSet.getShort(column + 1);
            requireValue(column);
            return value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final int getInt(int column) {
        try {
            int value = resultSet.getInt(column + 1);
            requireValue(column);
            return value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final long getLong(int column) {
        try {
            long value = resultSet.getLong(column + 1);
            requireValue(column);
            return value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final float getFloat(int column) {
        try {
            float value = resultSet.getFloat(column + 1);
            requireValue(column);
            return value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final double getDouble(int column) {
        try {
            double value = resultSet.getDouble(column + 1);
            requireValue(column);
            return value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Boolean getBooleanOrNull(int column) {
        try {
            boolean value = resultSet.getBoolean(column + 1);
            return wasNull(column) ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Byte getByteOrNull(int column) {
        try {
            byte value = resultSet.getByte(column + 1);
            return wasNull(column) ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Short getShortOrNull(int column) {
        try {
            short value = resultSet.getShort(column + 1);
            return wasNull(column) ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Integer getIntOrNull(int column) {
        try {
            int value = resultSet.getInt(column + 1);
            return wasNull(column) ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Long getLongOrNull(int column) {
        try {
            long value = resultSet.getLong(column + 1);
            return wasNull(column) ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Float getFloatOrNull(int column) {
        try {
            float value = resultSet.getFloat(column + 1);
            return wasNull(column) ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Double getDoubleOrNull(int column) {
        try {
            double value = resultSet.getDouble(column + 1);
            return wasNull(column) ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final BigDecimal getDecimal(int column) {
        try {
            return checked(column, resultSet.getBigDecimal(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final String getString(int column) {
        try {
            return checked(column, resultSet.getString(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final LocalDate getDate(int column) {
        try {
            return checked(column, fetchDate(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final LocalTime getTime(int column) {
        try {
            return checked(column, fetchTime(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final LocalDateTime getTimestamp(int column) {
        try {
            return checked(column, fetchTimestamp(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final Instant getInstant(int column) {
        try {
            return checked(column, fetchInstant(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    /** The stored instant at UTC: a timestamp with time zone keeps the instant, not the original offset. */
    @Override
    public final OffsetDateTime getOffsetDateTime(int column) {
        Instant value = getInstant(column);
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public final UUID getUuid(int column) {
        try {
            return checked(column, fetchUuid(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    @Override
    public final byte[] getBytes(int column) {
        try {
            return checked(column, fetchBytes(column + 1));
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    protected LocalDate fetchDate(int index) throws SQLException {
        return resultSet.getObject(index, LocalDate.class);
    }

    protected LocalTime fetchTime(int index) throws SQLException {
        return resultSet.getObject(index, LocalTime.class);
    }

    protected LocalDateTime fetchTimestamp(int index) throws SQLException {
        return resultSet.getObject(index, LocalDateTime.class);
    }

    protected Instant fetchInstant(int index) throws SQLException {
        OffsetDateTime value = resultSet.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    protected UUID fetchUuid(int index) throws SQLException {
        return resultSet.getObject(index, UUID.class);
    }

    protected byte[] fetchBytes(int index) throws SQLException {
        return resultSet.getBytes(index);
    }
}
