package dev.limber.catalog.service;

import dev.limber.catalog.repository.ExerciseSearchRepository;
import dev.limber.catalog.repository.ExerciseSearchRepository.SearchPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Catalog search: a misspelt word also matches its close known words ({@link CloseSpellings}), then one
 * statement returns the page and the total. If the catalog changed between the lookup and the search, the
 * search runs again with the new words, so a typo never misses a word another replica just added. Recent
 * pages are answered from {@link SearchResultCache} while the catalog generation has not moved.
 */
@ApplicationScoped
public class ExerciseSearchService {

    /** A write that adds words between lookup and search is rare; two in a row rarer still. */
    static final int MAX_ATTEMPTS = 3;

    private final ExerciseSearchRepository repository;
    private final CloseSpellings spellings;
    private final SearchResultCache cache;

    public ExerciseSearchService(ExerciseSearchRepository repository, CloseSpellings spellings,
            SearchResultCache cache) {
        this.repository = repository;
        this.spellings = spellings;
        this.cache = cache;
    }

    /** One page of current exercises in rank order, and the total number of matches. */
    public SearchPage search(SearchCriteria criteria) {
        List<String> words = SearchQuery.words(criteria.text());
        if (!cache.enabled()) {
            return read(criteria, words).page();
        }
        // Texts that reduce to the same words give the same page.
        SearchCriteria key = new SearchCriteria(String.join(" ", words), criteria.regions(), criteria.muscles(),
                criteria.category(), criteria.position(), criteria.equipment(), criteria.excludedContraindications(),
                criteria.page(), criteria.size());
        SearchPage cached = cache.find(key, repository.generation());
        if (cached != null) {
            return cached;
        }
        Read read = read(criteria, words);
        if (read.consistent()) {
            cache.remember(key, read.page());
        }
        return read.page();
    }

    /** A page, and whether its typo lookup and its search saw the same catalog generation. */
    private record Read(SearchPage page, boolean consistent) {
    }

    private Read read(SearchCriteria criteria, List<String> words) {
        for (int attempt = 1; ; attempt++) {
            CloseSpellings.Lookup lookup = words.isEmpty() ? null : spellings.lookup(words);
            String tsquery = lookup == null ? null : SearchQuery.tsquery(words, lookup.byWord());
            SearchPage page = repository.search(criteria, tsquery);
            spellings.seen(page.generation());
            boolean consistent = lookup == null || lookup.generation() == page.generation();
            if (consistent || attempt == MAX_ATTEMPTS) {
                return new Read(page, consistent);
            }
        }
    }
}
