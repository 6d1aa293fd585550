package dev.limber.catalog.repository;

import dev.limber.catalog.service.SearchCriteria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranked full-text search over current, unretired exercise versions (GIN indexes in V1).
 * Typo tolerance: each query word also matches the closest known words by trigram similarity
 * (table search_word), so "pirformis" finds "piriformis"; the last word also matches as a prefix.
 */
@ApplicationScoped
public class ExerciseSearchRepository {

    /** A page of matching version ids in rank order, and how many match in all. */
    public record Hits(List<Long> versionIds, long total) {
    }

    private final EntityManager em;

    public ExerciseSearchRepository(EntityManager em) {
        this.em = em;
    }

    /** Known words close to each query word, best first; words come already reduced to [a-z0-9]. */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> similarWords(List<String> words, double similarity) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        words.forEach(w -> result.put(w, new ArrayList<>()));
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.w, s.word
                FROM unnest(string_to_array(:words, ' ')) AS t(w)
                CROSS JOIN LATERAL (
                    SELECT word FROM search_word
                    WHERE word % t.w AND similarity(word, t.w) >= :similarity
                    ORDER BY word <-> t.w
                    LIMIT 3) s
                """)
                .setParameter("words", String.join(" ", words))
                .setParameter("similarity", similarity)
                .getResultList();
        for (Object[] row : rows) {
            result.get((String) row[0]).add((String) row[1]);
        }
        return result;
    }

    /** Runs the search; {@code tsquery} is null when there is no text to match. */
    @SuppressWarnings("unchecked")
    public Hits search(SearchCriteria criteria, String tsquery) {
        StringBuilder where = new StringBuilder("v.is_current AND NOT EXISTS (SELECT 1 FROM exercise e"
                + " WHERE e.id = v.exercise_id AND e.retired_at IS NOT NULL)");
        Map<String, Object> params = new LinkedHashMap<>();
        if (tsquery != null) {
            where.append(" AND v.search_doc @@ to_tsquery('english', :q)");
            params.put("q", tsquery);
        }
        anyOf(where, params, "v.regions", "regions", criteria.regions());
        anyOf(where, params, "v.muscles", "muscles", criteria.muscles());
        anyOf(where, params, "v.equipment", "equipment", criteria.equipment());
        if (!criteria.excludedContraindications().isEmpty()) {
            where.append(" AND NOT (v.contraindications && string_to_array(:excluded, ','))");
            params.put("excluded", String.join(",", criteria.excludedContraindications()));
        }
        if (criteria.category() != null) {
            where.append(" AND v.category = :category");
            params.put("category", criteria.category());
        }
        if (criteria.position() != null) {
            where.append(" AND v.starting_position = :position");
            params.put("position", criteria.position());
        }
        String from = " FROM exercise_version v WHERE " + where;
        String order = tsquery != null
                ? " ORDER BY ts_rank(v.search_doc, to_tsquery('english', :q)) DESC, lower(v.name), v.exercise_id"
                : " ORDER BY lower(v.name), v.exercise_id";

        if (tsquery != null) {
            // Ranking reads every match anyway: one pass gives both the page and the total.
            Query page = em.createNativeQuery("SELECT v.id, count(*) OVER () AS total" + from + order
                    + " LIMIT :limit OFFSET :offset");
            bind(page, params, criteria);
            List<Object[]> rows = page.getResultList();
            if (!rows.isEmpty() || criteria.page() == 0) {
                return new Hits(rows.stream().map(r -> ((Number) r[0]).longValue()).toList(),
                        rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue());
            }
        }
        // Browsing and filters: the name index gives the page without sorting every match; count apart.
        Query page = em.createNativeQuery("SELECT v.id" + from + order + " LIMIT :limit OFFSET :offset", Long.class);
        bind(page, params, criteria);
        List<Long> ids = page.getResultList();
        long total;
        if (criteria.page() == 0 && ids.size() < criteria.size()) {
            total = ids.size();
        } else {
            Query count = em.createNativeQuery("SELECT count(*)" + from, Long.class);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Hits(ids, total);
    }

    private static void bind(Query query, Map<String, Object> params, SearchCriteria criteria) {
        params.forEach(query::setParameter);
        query.setParameter("limit", criteria.size());
        query.setParameter("offset", (long) criteria.page() * criteria.size());
    }

    private static void anyOf(StringBuilder where, Map<String, Object> params, String column, String name,
            List<String> values) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" && string_to_array(:").append(name).append(", ',')");
            params.put(name, String.join(",", values));
        }
    }
}
