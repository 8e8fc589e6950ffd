package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong storage URLs and storage that does not match the assets: clear messages, no data lost. */
class DuckDbConfigurationTest {

    @TempDir
    Path directory;

    private final AssetGraph graph = Pipelines.itemsAndCount(() -> Item.range(0, 3, "i-"));

    @Test
    void unknownSchemeNamesTheSupportedOnesButNotTheRestOfTheUrl() {
        assertThatThrownBy(() -> Materializer.builder(graph).url("jdbc:mysql://db/warehouse?password=hunter2")
                .build()).isInstanceOf(AssetflowException.class)
                .hasMessageContaining("'jdbc:mysql:'").hasMessageContaining("jdbc:duckdb:")
                .hasMessageContaining("jdbc:postgresql:").hasMessageNotContaining("hunter2");
    }

    @Test
    void duckDbFileInAMissingDirectoryIsCreatedThere() {
        Path file = directory.resolve("not/yet/there.duckdb");
        try (Materializer materializer = Materializer.builder(graph).url("jdbc:duckdb:" + file).build()) {
            assertThat(materializer.materializeAll().isSuccess()).isTrue();
        }
        assertThat(file).exists();
    }

    @Test
    void duckDbFileUnderAPlainFileNamesThePath() throws Exception {
        Path plainFile = Files.writeString(directory.resolve("notes.txt"), "not a directory");
        Path file = plainFile.resolve("warehouse.duckdb");
        assertThatThrownBy(() -> Materializer.builder(graph).url("jdbc:duckdb:" + file).build())
                .isInstanceOf(AssetflowException.class).hasMessageContaining(plainFile.toString());
    }

    @Test
    void inputThatWasNeverMaterializedNamesTheAssetAndTheTable() {
        try (Materializer materializer = Materializer.builder(graph)
                .url("jdbc:duckdb:" + directory.resolve("empty.duckdb")).build()) {
            MaterializeResult result = Pipelines.runSelected(materializer, "item_count");
            assertThat(Pipelines.failure(result, "item_count")).contains("'items'").contains("main.items")
                    .contains("does not exist");
        }
    }

    @Test
    void storedTableWithOtherColumnsIsReportedAndKept() throws Exception {
        Path file = directory.resolve("drift.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE items (id BIGINT NOT NULL, title VARCHAR)");
            statement.execute("INSERT INTO items VALUES (1, 'kept')");
        }
        AssetGraph withCopy = AssetGraph.of(List.of(Pipelines.items("items", () -> Item.range(0, 3, "i-")),
                Pipelines.count("item_count", "items"), AssetDefinition.builder("copy", Item.ROW_TYPE)
                        .input("items", "items", Item.ROW_TYPE).computation(in -> in.stream(0, Item.ROW_TYPE))
                        .build()));
        try (Materializer materializer = Materializer.builder(withCopy).url("jdbc:duckdb:" + file).build()) {
            MaterializeResult read = Pipelines.runSelected(materializer, "copy");
            assertThat(Pipelines.failure(read, "copy")).contains("'items'").contains("main.items")
                    .contains("'label'");

            MaterializeResult write = Pipelines.runSelected(materializer, "items");
            assertThat(Pipelines.failure(write, "items")).contains("items").contains("label").contains("title");

        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT id, title FROM items")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("title")).isEqualTo("kept");
            assertThat(rows.next()).isFalse();
        }
    }
}
