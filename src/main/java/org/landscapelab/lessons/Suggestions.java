package org.landscapelab.lessons;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" for misspelt names: the closest candidate within a small edit distance. */
final class Suggestions {

    private Suggestions() {}

    static Optional<String> closest(String typed, Collection<String> candidates) {
        int limit = Math.max(2, typed.length() / 3);
        return candidates.stream()
                .map(c -> new Object() {
                    final String name = c;
                    final int distance = distance(typed, c);
                })
                .filter(o -> o.distance <= limit)
                .min(Comparator.comparingInt(o -> o.distance))
                .map(o -> o.name);
    }

    static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates)
                .map(c -> " — did you mean `" + c + "`?")
                .orElse("");
    }

    // Levenshtein distance with two rows.
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
