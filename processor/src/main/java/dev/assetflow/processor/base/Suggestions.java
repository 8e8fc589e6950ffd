package dev.assetflow.processor.base;

import java.util.Collection;
import java.util.Optional;

/** Finds the candidate a misspelled name was probably meant to be, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The closest candidate to {@code name}, if it is close enough to be a likely typo: at most two edits,
     * or a third of the name's length for long names. Ties go to the alphabetically first candidate.
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        int limit = Math.max(2, name.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(name, candidate);
            boolean better = distance < bestDistance
                    || distance == bestDistance && best != null && candidate.compareTo(best) < 0;
            if (distance <= limit && distance > 0 && better) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
