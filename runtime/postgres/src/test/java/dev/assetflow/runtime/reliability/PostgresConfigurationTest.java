package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.postgres.PostgresIOManager;
import dev.assetflow.postgres.PostgresTestDatabase;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.StorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Wrong PostgreSQL settings: each fails the run (or the asset) with a message naming what is wrong. */
class PostgresConfigurationTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    private final AssetGraph graph = Pipelines.itemsAndCount(() -> Item.range(0, 3, "i-"));

    @Test
    void closedPortFailsTheRunBeforeAnyAssetNamingTheServer() {
        String url = "jdbc:postgresql://127.0.0.1:1/test?user=postgres";
        try (PostgresIOManager io = PostgresIOManager.builder(url).connectionTimeout(Duration.ofMillis(500))
                .build(); Materializer materializer = Materializer.builder(graph).ioManager("default", io).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/test")
                    .hasMessageContaining("Connection to 127.0.0.1:1 refused");
        }
    }

    @Test
    void unknownDatabaseIsNamed() {
        String url = DATABASE.url().replaceFirst("/[^/?]+(\\?|$)", "/assetflow_no_such_db$1");
        assertThat(url).contains("assetflow_no_such_db");
        try (PostgresIOManager io = PostgresIOManager.builder(url).connectionTimeout(Duration.ofSeconds(2))
                .build(); Materializer materializer = Materializer.builder(graph).ioManager("default", io).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(StorageException.class)
                    .hasMessageContaining("database \"assetflow_no_such_db\" does not exist");
        }
    }

    @Test
    void wrongPasswordForARoleThatNeedsOneIsNamed() throws Exception {
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement();
                ResultSet rules = statement.executeQuery("SELECT auth_method FROM pg_hba_file_rules"
                        + " WHERE type = 'host' AND address = '127.0.0.1' ORDER BY line_number LIMIT 1")) {
            Assumptions.assumeTrue(rules.next() && !rules.getString(1).equals("trust"),
                    "the server trusts every loopback connection, so no role needs a password here");
        }
        String role = "assetflow_reliability_pw";
        DATABASE.execute("DROP ROLE IF EXISTS " + role);
        DATABASE.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'right-password'");
        try (PostgresIOManager io = PostgresIOManager.builder(DATABASE.url()).user(role).password("wrong-password")
                .connectionTimeout(Duration.ofSeconds(2)).build();
                Materializer materializer = Materializer.builder(graph).ioManager("default", io).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(StorageException.class)
                    .hasMessageContaining("password authentication failed").hasMessageContaining(role)
                    .satisfies(e -> assertThat(Pipelines.messages(e)).doesNotContain("wrong-password"));
        } finally {
            DATABASE.execute("DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void inputThatWasNeverMaterializedNamesTheAssetAndTheTable() {
        try (Materializer materializer = Materializer.builder(graph)
                .url(PostgresUrls.withSchema(DATABASE.url(), DATABASE.schema())).build()) {
            MaterializeResult result = Pipelines.runSelected(materializer, "item_count");
            assertThat(Pipelines.failure(result, "item_count")).contains("'items'")
                    .contains(DATABASE.schema() + ".items").contains("does not exist");
        }
    }
}
