/**
 * SQL assets: the generated jOOQ tables of assets ({@link dev.assetflow.runtime.sql.AssetTable}) and the query a
 * SQL asset's method returns ({@link dev.assetflow.runtime.sql.SqlComputation}), which runs inside the database.
 */
package dev.assetflow.runtime.sql;
