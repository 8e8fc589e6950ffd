package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagers;
import dev.assetflow.runtime.io.StorageException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageUrlTest {

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverTheDefault() {
        Properties properties = new Properties();
        properties.setProperty("assetflow.url", "jdbc:duckdb:from-property.duckdb");
        Map<String, String> environment = Map.of("ASSETFLOW_URL", "jdbc:duckdb:from-env.duckdb");

        assertThat(StorageUrl.resolve(properties, environment)).isEqualTo("jdbc:duckdb:from-property.duckdb");
        assertThat(StorageUrl.resolve(new Properties(), environment)).isEqualTo("jdbc:duckdb:from-env.duckdb");
        assertThat(StorageUrl.resolve(new Properties(), Map.of("ASSETFLOW_URL", " ")))
                .isEqualTo("jdbc:duckdb:warehouse.duckdb");
    }

    @Test
    void duckDbUrlsOpenTheDuckDbIoManager(@TempDir Path directory) {
        try (IOManager io = IOManagers.fromUrl("jdbc:duckdb:" + directory.resolve("w.duckdb"))) {
            assertThat(io).isInstanceOf(DuckDbIOManager.class);
        }
    }

    @Test
    void unknownUrlsFailWithoutEchoingSecrets() {
        assertThatThrownBy(() -> IOManagers.fromUrl("jdbc:mysql://db/x?password=hunter2"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("unsupported storage URL starting with 'jdbc:mysql:'")
                .hasMessageNotContaining("hunter2");
    }
}
