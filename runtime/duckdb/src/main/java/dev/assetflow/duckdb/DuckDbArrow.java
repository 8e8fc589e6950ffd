package dev.assetflow.duckdb;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether DuckDB's Arrow paths can be used in this JVM: the optional Arrow libraries
 * ({@code org.apache.arrow:arrow-c-data} and a memory implementation such as {@code arrow-memory-unsafe})
 * are on the class path, and {@code java.nio} is open to them ({@code --add-opens=java.base/java.nio=ALL-UNNAMED}
 * on Java 17 and later), which Arrow's memory needs. When they are not, the IO manager keeps the Appender
 * and the JDBC result set, and says once in the log how to enable the Arrow paths.
 *
 * <p>This class never touches an Arrow type itself, so that it loads without the Arrow libraries.
 */
final class DuckDbArrow {

    private static final Logger LOG = LoggerFactory.getLogger(DuckDbArrow.class);
    private static final AtomicBoolean EXPLAINED = new AtomicBoolean();
    private static final String HOW = "add org.apache.arrow:arrow-c-data and org.apache.arrow:arrow-memory-unsafe"
            + " (same version, 19.0.0 tested) to the class path and start the JVM with"
            + " --add-opens=java.base/java.nio=ALL-UNNAMED";

    /** Why the Arrow paths are off, or null when they are available; computed once. */
    private static final String UNAVAILABLE = unavailableReason();

    private DuckDbArrow() {
    }

    private static String unavailableReason() {
        if (Boolean.getBoolean("assetflow.duckdb.arrow.disabled")) {
            return "the system property assetflow.duckdb.arrow.disabled is true";
        }
        ClassLoader loader = DuckDbArrow.class.getClassLoader();
        Class<?> memory;
        try {
            Class.forName("org.apache.arrow.c.Data", false, loader);
            Class.forName("org.apache.arrow.vector.VectorSchemaRoot", false, loader);
            memory = Class.forName("org.apache.arrow.memory.util.MemoryUtil", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return "the Arrow libraries are not on the class path";
        }
        if (!java.nio.ByteBuffer.class.getModule().isOpen("java.nio", memory.getModule())) {
            return "java.nio is not open to Arrow";
        }
        try {
            // the memory implementation is found at run time: make sure one is there and works
            DuckDbArrowMemory.check();
        } catch (LinkageError | RuntimeException e) {
            return "Arrow's memory cannot start (" + rootMessage(e) + ")";
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Whether the Arrow paths are available; when not, logs once how to enable them. */
    static boolean available() {
        if (UNAVAILABLE == null) {
            return true;
        }
        if (EXPLAINED.compareAndSet(false, true)) {
            LOG.info("DuckDB: reading and writing through the JDBC result set and the Appender, because {}."
                    + " For DuckDB's faster Arrow paths, {}.", UNAVAILABLE, HOW);
        }
        return false;
    }
}
