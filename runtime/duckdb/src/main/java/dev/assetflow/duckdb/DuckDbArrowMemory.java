package dev.assetflow.duckdb;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/** The JVM's one Arrow root allocator for DuckDB reads and writes; loaded only when Arrow is available. */
final class DuckDbArrowMemory {

    private static final RootAllocator ROOT = new RootAllocator();

    private DuckDbArrowMemory() {
    }

    /** Allocates and frees a small buffer: fails when Arrow's memory cannot work in this JVM. */
    static void check() {
        try (BufferAllocator allocator = ROOT.newChildAllocator("assetflow-check", 0, 1024);
                ArrowBuf buffer = allocator.buffer(64)) {
            buffer.setLong(0, 1L);
        }
    }

    /** A new allocator for one read or write; close it when done. */
    static BufferAllocator child(String name) {
        return ROOT.newChildAllocator(name, 0, Long.MAX_VALUE);
    }
}
