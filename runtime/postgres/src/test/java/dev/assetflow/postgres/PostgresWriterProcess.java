package dev.assetflow.postgres;


import static dev.assetflow.testing.ContractRows.SALE;

import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.ContractRows.Sale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * A second JVM that materializes a table, for {@link PostgresConcurrencyTest}: writes rows 0..count-1 owned
 * by {@code owner}; half-way it prints {@code writing} and waits for a line on stdin before it goes on.
 * Arguments: url schema table owner count.
 */
final class PostgresWriterProcess {

    private PostgresWriterProcess() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String schema = args[1];
        String table = args[2];
        String owner = args[3];
        int count = Integer.parseInt(args[4]);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (PostgresIOManager io = PostgresIOManager.builder(url).defaultSchema(schema).build()) {
            long written = io.write(new TableSlice(table, null, table), SALE, IntStream.range(0, count)
                    .mapToObj(i -> {
                        if (i == count / 2) {
                            System.out.println("writing");
                            System.out.flush();
                            try {
                                stdin.readLine();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                        return new Sale(i, owner, i, LocalDate.EPOCH);
                    }));
            System.out.println("wrote " + written);
        }
    }
}
