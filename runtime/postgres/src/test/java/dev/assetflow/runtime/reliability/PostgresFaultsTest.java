package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.postgres.PostgresIOManager;
import dev.assetflow.postgres.PostgresTestDatabase;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.TableSlice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults while writing to the real PostgreSQL server: an exception at row k, a writer process killed with
 * SIGKILL mid-COPY, and the server dropping the writer's connection mid-COPY.
 */
class PostgresFaultsTest extends FaultAtRowContract {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    @Override
    public Materializer materializer(AssetGraph graph) {
        return Materializer.builder(graph).url(PostgresUrls.withSchema(DATABASE.url(), DATABASE.schema()))
                .parallelism(2).build();
    }

    @Test
    void writerKilledMidCopyLeavesTheLastGoodRows() throws Exception {
        TableSlice slice = new TableSlice("killed_items", null, "killed_items");
        try (PostgresIOManager io = DATABASE.ioManager()) {
            io.write(slice, Item.ROW_TYPE, GOOD.stream());
        }

        Process child = ChildJvm.start(PostgresSlowWriterMain.class, DATABASE.url(), DATABASE.schema(),
                "killed_items", "20000");
        long appended = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (appended < 20_000 && (line = out.readLine()) != null) {
                if (line.startsWith("appended ")) {
                    appended = Long.parseLong(line.substring("appended ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(appended).as("rows the child sent before it was killed").isEqualTo(20_000);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (PostgresIOManager io = DATABASE.ioManager()) {
            try (Stream<Item> rows = io.read(slice, Item.ROW_TYPE)) {
                assertThat(rows.toList()).containsExactlyElementsOf(GOOD);
            }
            assertThat(io.write(slice, Item.ROW_TYPE, Item.range(0, 5, "after-")))
                    .as("the killed writer left no lock behind").isEqualTo(5);
        }
    }

    @Test
    void connectionDroppedMidCopyFailsTheAssetAndLeavesTheLastGoodRows() throws Exception {
        AtomicBoolean terminated = new AtomicBoolean();
        AtomicReference<Supplier<Stream<Item>>> source = new AtomicReference<>(GOOD::stream);
        AssetGraph graph = AssetGraph.of(List.of(Pipelines.items("dropped_items", () -> source.get().get()),
                Pipelines.count("dropped_count", "dropped_items")));
        try (Materializer materializer = materializer(graph)) {
            assertThat(Pipelines.runAll(materializer).isSuccess()).isTrue();

            source.set(() -> Item.range(0, 60_000, "new-").peek(item -> {
                if (item.id() == 20_000) {
                    terminated.set(terminateCopyInto("dropped_items"));
                }
            }));
            MaterializeResult result = Pipelines.runAll(materializer);

            assertThat(terminated).as("the writer's backend was found and terminated").isTrue();
            assertThat(result.asset("dropped_items").orElseThrow().status()).isEqualTo(AssetStatus.FAILED);
            assertThat(Pipelines.failure(result, "dropped_items")).contains("dropped_items")
                    .contains(DATABASE.schema() + ".dropped_items");
            assertThat(result.asset("dropped_count").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
            assertThat(materializer.load(AssetKey.<Item>of("dropped_items"))).containsExactlyElementsOf(GOOD);
            assertThat(materializer.history("dropped_items").get(0).status()).isEqualTo(AssetStatus.FAILED);

            source.set(() -> Item.range(0, 7, "again-"));
            assertThat(Pipelines.runAll(materializer).isSuccess()).as("a new connection serves the next run")
                    .isTrue();
            assertThat(materializer.load(AssetKey.<Item>of("dropped_items"))).hasSize(7);
        }
    }

    /** Terminates, from another connection, the backend copying into {@code table}. */
    private static boolean terminateCopyInto(String table) {
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement();
                ResultSet terminated = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM"
                        + " pg_stat_activity WHERE pid <> pg_backend_pid() AND query ILIKE 'COPY %"
                        + DATABASE.schema() + "%" + table + "%'")) {
            return terminated.next() && terminated.getBoolean(1) && !terminated.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
