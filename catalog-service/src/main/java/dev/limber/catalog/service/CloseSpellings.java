package dev.limber.catalog.service;

import dev.limber.catalog.config.CatalogConfig;
import dev.limber.catalog.repository.ExerciseSearchRepository;
import dev.limber.catalog.repository.ExerciseSearchRepository.CloseWords;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The known words close to each query word (the typo lookup), kept in memory. They depend only on the
 * table search_word, which grows only when an exercise version is written, and every such write moves the
 * catalog generation (V5). Each search reports the generation it ran at ({@link #seen}); an answer
 * remembered at another generation is dropped, so every replica gives the answer the database would give.
 */
@ApplicationScoped
public class CloseSpellings {

    /** Distinct query words remembered at most; user input, so bounded (about a megabyte). */
    static final int MAX_WORDS = 10_000;

    /** What is remembered, all read at one generation. */
    private record Known(long generation, Map<String, List<String>> byWord) {
    }

    /** The close words of a query's words and the generation they were read at. */
    public record Lookup(Map<String, List<String>> byWord, long generation) {
    }

    private final ExerciseSearchRepository repository;
    private final double similarity;
    private final AtomicReference<Known> known = new AtomicReference<>(new Known(-1, new ConcurrentHashMap<>()));

    public CloseSpellings(ExerciseSearchRepository repository, CatalogConfig config) {
        this.repository = repository;
        this.similarity = config.search().typoSimilarity();
    }

    /** Close words for each of {@code words}, from memory where possible. */
    public Lookup lookup(List<String> words) {
        Known now = known.get();
        Map<String, List<String>> found = new HashMap<>();
        for (String word : words) {
            List<String> close = now.byWord().get(word);
            if (close != null) {
                found.put(word, close);
            }
        }
        if (found.size() == words.size()) {
            return new Lookup(found, now.generation());
        }
        // Read every word again, not only the missing ones: the answer must come from one generation.
        CloseWords read = repository.closeWords(words, similarity);
        remember(read);
        return new Lookup(read.byWord(), read.generation());
    }

    /** A search ran at {@code generation}: forget answers read at any other one. */
    public void seen(long generation) {
        known.updateAndGet(k -> k.generation() != generation ? new Known(generation, new ConcurrentHashMap<>()) : k);
    }

    private void remember(CloseWords read) {
        seen(read.generation());
        Known now = known.get();
        if (now.generation() != read.generation()) {
            return;
        }
        if (now.byWord().size() + read.byWord().size() > MAX_WORDS) {
            known.compareAndSet(now, new Known(now.generation(), new ConcurrentHashMap<>(read.byWord())));
        } else {
            read.byWord().forEach((word, close) -> now.byWord().put(word, List.copyOf(close)));
        }
    }
}
