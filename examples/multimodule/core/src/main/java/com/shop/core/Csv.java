package com.shop.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the CSV files shipped with this module: one list of fields per line, without the header. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> read(String resource) throws IOException {
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(Csv::fields).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> fields(String line) {
        return Arrays.asList(line.split(",", -1));
    }
}
