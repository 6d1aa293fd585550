package dev.limber.catalog.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a user typed into words and, once similar known words are found, into a PostgreSQL
 * tsquery: every word must match, each through itself or, when the catalog does not know it, one of
 * its close spellings; the last word
 * also matches as a prefix so a half-typed word finds results.
 */
public final class SearchQuery {

    /** Longer queries are cut: nobody types more to find a stretch, and each word costs a lookup. */
    static final int MAX_WORDS = 8;

    private SearchQuery() {
    }

    /** Lower-case words of letters and digits only, so nothing the user types reaches tsquery syntax. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    public static String tsquery(List<String> words, Map<String, List<String>> similar) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(i == words.size() - 1 ? word + ":*" : word);
            List<String> close = similar.getOrDefault(word, List.of());
            // A word the catalog knows is spelt right: its neighbours would only be its own inflections.
            if (!close.contains(word)) {
                alternatives.addAll(close);
            }
            groups.add("(" + String.join(" | ", alternatives) + ")");
        }
        return String.join(" & ", groups);
    }
}
