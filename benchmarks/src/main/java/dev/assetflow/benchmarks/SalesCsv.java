package dev.assetflow.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The sales CSV of the end-to-end job: {@code id,owner,amount,day}, deterministic, with the dirt a cleaning
 * step exists for: owners with stray spaces and capitals, every 50th amount missing, every 97th negative.
 */
final class SalesCsv {

    private SalesCsv() {
    }

    static Path write(Path file, long rows) throws IOException {
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,owner,amount,day\n");
            for (long i = 0; i < rows; i++) {
                int owner = (int) (i * 7919 % 500);
                String name = switch ((int) (i % 3)) {
                    case 0 -> "owner-" + owner;
                    case 1 -> " Owner-" + owner + " ";
                    default -> "OWNER-" + owner;
                };
                String amount = i % 50 == 0 ? "" : String.format(Locale.ROOT, "%s%d.%02d", i % 97 == 0 ? "-" : "",
                        i % 1000, i % 100);
                out.write(i + "," + name + "," + amount + "," + start.plusDays(i % 366) + "\n");
            }
        }
        return file;
    }
}
