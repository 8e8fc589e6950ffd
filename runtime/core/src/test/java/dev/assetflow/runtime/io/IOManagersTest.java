package dev.assetflow.runtime.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Storage URLs on the core alone, where no backend is on the class path. */
class IOManagersTest {

    @Test
    void aPostgresUrlWithoutItsBackendNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> IOManagers.fromUrl("jdbc:postgresql://127.0.0.1:5432/db?password=s3cret"))
                .isInstanceOf(StorageException.class)
                .hasMessage("the storage URL starting with 'jdbc:postgresql:' needs a backend that is not on the"
                        + " class path: add the dependency dev.assetflow:assetflow-postgres");
    }

    @Test
    void aSnowflakeUrlWithoutItsBackendNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> IOManagers.fromUrl("snowflake"))
                .isInstanceOf(StorageException.class)
                .hasMessageEndingWith("add the dependency dev.assetflow:assetflow-snowflake");
    }

    @Test
    void aDuckDbUrlWithoutItsBackendNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> IOManagers.fromUrl("jdbc:duckdb:warehouse.duckdb"))
                .isInstanceOf(StorageException.class)
                .hasMessageEndingWith("add the dependency dev.assetflow:assetflow-duckdb (or"
                        + " dev.assetflow:assetflow-runtime, which includes it)");
    }

    @Test
    void anUnknownSchemeSaysThatNoBackendIsThere() {
        assertThatThrownBy(() -> IOManagers.fromUrl("jdbc:oracle:thin:@db"))
                .isInstanceOf(StorageException.class)
                .hasMessage("unsupported storage URL starting with 'jdbc:oracle:'; no backend is on the class"
                        + " path: add dev.assetflow:assetflow-runtime (DuckDB), assetflow-postgres or"
                        + " assetflow-snowflake");
    }
}
