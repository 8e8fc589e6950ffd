package dev.assetflow.runtime.reliability;

import dev.assetflow.postgres.PostgresIOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.util.stream.LongStream;

/**
 * A second JVM for {@link PostgresFaultsTest}: writes an endless stream of items into a table, prints
 * {@code appended <n>} every 1,000 rows and, after {@code pauseAt} rows, stops inside the write (the COPY
 * is open and its transaction uncommitted) until it is killed. Arguments: url schema table pauseAt.
 */
public final class PostgresSlowWriterMain {

    private PostgresSlowWriterMain() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String schema = args[1];
        String table = args[2];
        long pauseAt = Long.parseLong(args[3]);
        try (PostgresIOManager io = PostgresIOManager.builder(url).defaultSchema(schema).build()) {
            io.write(new TableSlice(table, null, table), Item.ROW_TYPE, LongStream.iterate(0, i -> i + 1)
                    .mapToObj(i -> {
                        if (i % 1000 == 0) {
                            System.out.println("appended " + i);
                            System.out.flush();
                        }
                        if (i == pauseAt) {
                            sleepForever();
                        }
                        return Item.of(i, "child-" + i);
                    }));
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
