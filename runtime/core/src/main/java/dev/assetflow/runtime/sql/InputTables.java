package dev.assetflow.runtime.sql;

import org.jooq.Name;

/** Where the input tables of a SQL asset are, as its IO manager's database names them. */
@FunctionalInterface
public interface InputTables {

    /** The qualified name ({@code schema.table}) of the table of input {@code index}, in parameter order. */
    Name table(int index);
}
