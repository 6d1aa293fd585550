package dev.limber.catalog.service;

import dev.limber.catalog.config.CatalogConfig;
import dev.limber.catalog.repository.ExerciseSearchRepository.SearchPage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Recent result pages in memory, each tagged with the catalog generation it was read at (V5). A page is
 * served only while that generation is still the database's, so a write on any replica is seen by the next
 * search everywhere. Bounded by {@code limber.catalog.search.cached-pages} (0 turns it off): when full it
 * starts afresh, which costs some misses but never a stale page. Hits and misses are counted in the
 * metric {@code limber.catalog.search.cache}.
 */
@ApplicationScoped
public class SearchResultCache {

    private record Pages(long generation, Map<SearchCriteria, SearchPage> byCriteria) {
    }

    private final int capacity;
    private final AtomicReference<Pages> pages = new AtomicReference<>(new Pages(-1, new ConcurrentHashMap<>()));
    private final Counter hits;
    private final Counter misses;

    public SearchResultCache(CatalogConfig config, MeterRegistry registry) {
        this.capacity = config.search().cachedPages();
        this.hits = registry.counter("limber.catalog.search.cache", "result", "hit");
        this.misses = registry.counter("limber.catalog.search.cache", "result", "miss");
    }

    public boolean enabled() {
        return capacity > 0;
    }

    /** The page remembered for these criteria if it was read at {@code generation}, else null. */
    public SearchPage find(SearchCriteria criteria, long generation) {
        Pages now = pages.get();
        SearchPage page = now.generation() == generation ? now.byCriteria().get(criteria) : null;
        (page == null ? misses : hits).increment();
        return page;
    }

    public void remember(SearchCriteria criteria, SearchPage page) {
        Pages now = pages.updateAndGet(p -> p.generation() != page.generation()
                ? new Pages(page.generation(), new ConcurrentHashMap<>()) : p);
        if (now.byCriteria().size() >= capacity) {
            pages.compareAndSet(now, new Pages(now.generation(), new ConcurrentHashMap<>()));
            now = pages.get();
        }
        if (now.generation() == page.generation()) {
            now.byCriteria().put(criteria, page);
        }
    }
}
