package dev.assetflow.runtime;

/** Counts in messages: {@code 1 asset}, {@code 2 assets}. */
final class Plural {

    private Plural() {
    }

    /** {@code count} and {@code noun}, with an {@code s} unless {@code count} is one. */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
