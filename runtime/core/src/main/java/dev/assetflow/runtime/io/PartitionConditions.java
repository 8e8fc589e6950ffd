package dev.assetflow.runtime.io;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The jOOQ condition that selects a slice's partition, or every row. */
public final class PartitionConditions {

    private PartitionConditions() {
    }

    public static Condition of(TableSlice slice) {
        return of(slice.partition());
    }

    /** The condition of {@code partition}; no condition for {@code null}. */
    @SuppressWarnings("unchecked")
    public static Condition of(TablePartition partition) {
        if (partition == null) {
            return DSL.noCondition();
        }
        if (partition.isRange()) {
            Field<Object> column = field(name(partition.column()), (Class<Object>) (Class<?>) partition.lower().getClass());
            return column.ge(partition.lower()).and(column.lt(partition.upper()));
        }
        Field<Object> column = field(name(partition.column()), (Class<Object>) (Class<?>) partition.value().getClass());
        return column.eq(partition.value());
    }
}
