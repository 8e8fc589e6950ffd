package dev.assetflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.ui.demo.Pipeline;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UI's pages only read: a DuckDB file that does not exist is a 503 naming the path, and nothing is created. */
class UiMissingStorageTest {

    @TempDir
    Path directory;

    @Test
    void aMissingDuckDbFileIsNamedAndNotCreated() {
        Path typo = directory.resolve("typo");
        Path file = typo.resolve("warehuse.duckdb");
        try (UiFixture ui = new UiFixture(AssetflowUi.builder(Pipeline.graph()).port(0).idleMillis(300)
                .url("jdbc:duckdb:" + file).start())) {
            HttpResponse<String> api = ui.get("/api/graph");
            HttpResponse<String> page = ui.get("/");

            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("no DuckDB database at " + file.toAbsolutePath().normalize());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("no DuckDB database at ");
        }
        assertThat(typo).doesNotExist();
    }
}
