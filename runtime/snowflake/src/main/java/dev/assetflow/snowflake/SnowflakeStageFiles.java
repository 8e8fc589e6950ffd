package dev.assetflow.snowflake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.zip.GZIPOutputStream;
import net.snowflake.client.jdbc.SnowflakeConnection;

/**
 * Gzipped CSV files uploaded to a stage with the driver's {@link SnowflakeConnection#uploadStream}: rows
 * are compressed in memory as they come, and a file is uploaded once it holds {@code fileSize} bytes of
 * CSV (and at the end), as {@code <prefix>/part-<n>.csv.gz}. A large asset thus becomes several files
 * that {@code COPY INTO} loads in parallel, and memory holds at most one compressed file.
 */
final class SnowflakeStageFiles {

    private final SnowflakeConnection connection;
    private final String stage;
    private final String prefix;
    private final long fileSize;
    private ByteArrayOutputStream compressed;
    private CountingStream counting;
    private Writer writer;
    private int files;
    private long rowsInFile;

    /**
     * @param stage the stage as SQL names it, e.g. {@code @"SCHEMA"."STAGE"}
     * @param prefix the path of the files inside the stage, without slashes at either end
     * @param fileSize the bytes of uncompressed CSV after which a file is uploaded
     */
    SnowflakeStageFiles(SnowflakeConnection connection, String stage, String prefix, long fileSize) {
        this.connection = connection;
        this.stage = stage;
        this.prefix = prefix;
        this.fileSize = fileSize;
    }

    /** Where the current row's CSV goes. */
    Writer writer() {
        if (writer == null) {
            compressed = new ByteArrayOutputStream(64 * 1024);
            try {
                counting = new CountingStream(new GZIPOutputStream(compressed, 64 * 1024));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer = new OutputStreamWriter(counting, StandardCharsets.UTF_8);
        }
        return writer;
    }

    /** Called after each row: uploads the current file when it is full. */
    void rowWritten() {
        rowsInFile++;
        if (counting.count >= fileSize) {
            upload();
        }
    }

    /** Uploads the last file, if it holds rows, and returns the number of files uploaded. */
    int finish() {
        if (writer != null && rowsInFile > 0) {
            upload();
        }
        return files;
    }

    /** The number of files uploaded so far. */
    int files() {
        return files;
    }

    private void upload() {
        try {
            writer.close(); // finishes the gzip stream
            byte[] file = compressed.toByteArray();
            writer = null;
            compressed = null;
            rowsInFile = 0;
            connection.uploadStream(stage, prefix, new ByteArrayInputStream(file), "part-" + files + ".csv.gz",
                    false);
            files++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StageUploadException(e);
        }
    }

    /** An upload the driver refused; unwrapped by the table writer. */
    static final class StageUploadException extends RuntimeException {
        StageUploadException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Counts the bytes written through it (the uncompressed CSV). */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
