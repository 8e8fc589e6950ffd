package dev.assetflow.runtime.reliability;

import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A second JVM for {@link DuckDbConcurrencyTest}: writes items 0..count-1 into table {@code items} of a
 * DuckDB file; half-way it prints {@code writing} and waits for a line on stdin, then finishes and prints
 * {@code wrote <n>}. Arguments: url count.
 */
public final class DuckDbHoldingWriterMain {

    private DuckDbHoldingWriterMain() {
    }

    public static void main(String[] args) {
        String url = args[0];
        long count = Long.parseLong(args[1]);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (DuckDbIOManager io = DuckDbIOManager.fromUrl(url)) {
            long written = io.write(new TableSlice("items", null, "items"), Item.ROW_TYPE,
                    Item.range(0, count, "child-").peek(item -> {
                        if (item.id() == count / 2) {
                            System.out.println("writing");
                            System.out.flush();
                            try {
                                stdin.readLine();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }));
            System.out.println("wrote " + written);
        }
    }
}
