package dev.assetflow.runtime.reliability;

import java.util.stream.Stream;

/** Streams of items that break part-way, as a flaky source feed would. */
public final class FailingStream {

    private FailingStream() {
    }

    /** Items 0 to {@code failAt - 1}, then an exception instead of item {@code failAt}. */
    public static Stream<Item> failingAt(long failAt, String message) {
        return Item.range(0, failAt + 1, "new-").peek(item -> {
            if (item.id() == failAt) {
                throw new IllegalStateException(message);
            }
        });
    }
}
