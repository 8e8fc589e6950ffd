package dev.assetflow.duckdb;

import dev.assetflow.testing.ContractStorage;
import dev.assetflow.testing.IOManagerContract;
import java.nio.file.Path;

/** The contract on {@link DuckDbIOManager} with the Arrow paths off: the Appender and the JDBC result set. */
class DuckDbAppenderContractTest extends IOManagerContract {

    @Override
    public ContractStorage newStorage(Path directory) {
        return new DuckDbIOManagerContractTest.DuckDbStorage("jdbc:duckdb:" + directory.resolve("contract.duckdb"),
                false);
    }
}
