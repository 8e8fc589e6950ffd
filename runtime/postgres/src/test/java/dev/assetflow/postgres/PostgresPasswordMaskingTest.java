package dev.assetflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Sale;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A password is masked whole, as pgjdbc reads it: its URL parameters are separated by {@code &} only, so
 * {@code password=S3cret;cd9X...} is one password, {@code ;} and all.
 */
class PostgresPasswordMaskingTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    private static final String TAIL = "cd9X" + Long.toHexString(System.nanoTime());
    private static final String PASSWORD = "S3cret;" + TAIL;

    @Test
    void theUrlShowsNoPartOfAPasswordWithASemicolon() {
        String url = "jdbc:postgresql://db:5432/warehouse?user=etl&password=" + PASSWORD + "&ssl=true";

        assertThat(PostgresIOManager.redact(url))
                .isEqualTo("jdbc:postgresql://db:5432/warehouse?user=etl&password=***&ssl=true");
        assertThat(PostgresIOManager.redact("jdbc:postgresql://db/w?password=" + PASSWORD))
                .isEqualTo("jdbc:postgresql://db/w?password=***");
        assertThat(PostgresIOManager.withoutPassword(url))
                .containsExactly("jdbc:postgresql://db:5432/warehouse?user=etl&ssl=true", PASSWORD);
        assertThat(PostgresIOManager.withoutPassword("jdbc:postgresql://db/w?password=S3cret%3B" + TAIL))
                .containsExactly("jdbc:postgresql://db/w", PASSWORD);
    }

    @Test
    void theHistorysErrorColumnAndTheIoManagerShowNoPartOfThePassword() throws Exception {
        String url = DATABASE.url() + (DATABASE.url().contains("?") ? "&" : "?") + "password=" + PASSWORD;
        // An asset whose failure quotes the storage URL, as a message built by user code may.
        AssetDefinition<Sale> leaky = AssetDefinition.builder("leaky", Sale.ROW_TYPE)
                .computation(in -> {
                    throw new IllegalStateException("cannot reach " + url + " (password " + PASSWORD + ")");
                }).build();
        try (PostgresIOManager io = PostgresIOManager.builder(url).defaultSchema(DATABASE.schema()).build();
                Materializer materializer = Materializer.builder(AssetGraph.of(List.of(leaky)))
                        .ioManager("default", io).build()) {
            assertThat(io.toString()).contains("password=***").doesNotContain(TAIL);
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class);
        }
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT error FROM \"" + DATABASE.schema()
                        + "\".assetflow_materializations WHERE asset = 'leaky'")) {
            assertThat(rows.next()).isTrue();
            String error = rows.getString(1);
            assertThat(error).startsWith("IllegalStateException: cannot reach jdbc:postgresql:")
                    .contains("password=*** (password ***)").doesNotContain(TAIL).doesNotContain("S3cret");
        }
    }
}
