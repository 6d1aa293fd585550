package dev.limber.catalog.repository;

import dev.limber.catalog.domain.Dosage;
import dev.limber.catalog.service.SearchCriteria;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranked full-text search over current, unretired exercises (table exercise_search, V5). One statement
 * returns the page with every field a result lists, the total number of matches and the catalog
 * generation (V5), so a search is one round trip and loads no entity. Plain JDBC: this read path is the
 * hottest of the service and needs neither the persistence context nor Hibernate's query translation.
 */
@ApplicationScoped
public class ExerciseSearchRepository {

    /** One page in rank order, how many match in all, and the catalog generation it was read at. */
    public record SearchPage(List<ExerciseListing> items, long total, long generation) {
    }

    /** Known words close to each query word, best first, and the catalog generation they were read at. */
    public record CloseWords(Map<String, List<String>> byWord, long generation) {
    }

    /** The SQL of one search and its parameters in order; arrays are bound as text[]. */
    public record SearchStatement(String sql, List<Object> params) {

        public void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof String[] values) {
                    statement.setArray(i + 1, statement.getConnection().createArrayOf("text", values));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
        }
    }

    private static final String LISTING = """
            SELECT t.total, g.generation, e.slug, v.version, v.name, v.aliases, v.purpose, v.category,
                   v.starting_position, v.hold_seconds, v.hold_seconds_max, v.reps, v.reps_max, v.sets, v.per_side,
                   v.breaths, v.breaths_max, v.times_per_day, v.times_per_day_max, v.dosage_note, v.regions,
                   v.muscles, v.equipment, v.contraindications
            """;

    private static final String PAGE_ROWS = """
            CROSS JOIN catalog_generation g
            LEFT JOIN (page p
                       JOIN exercise_version v ON v.id = p.version_id
                       JOIN exercise e ON e.id = p.exercise_id) ON true
            """;

    private final AgroalDataSource dataSource;

    public ExerciseSearchRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The catalog generation now: it moves with every write that can change a search result. */
    public long generation() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT generation FROM catalog_generation");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the catalog generation failed", e);
        }
    }

    /** Words come already reduced to [a-z0-9]; each gets its entry, empty when nothing known is close. */
    public CloseWords closeWords(List<String> words, double similarity) {
        String sql = """
                SELECT t.w, s.word, g.generation
                FROM unnest(?::text[]) WITH ORDINALITY AS t(w, n)
                CROSS JOIN catalog_generation g
                LEFT JOIN LATERAL (
                    SELECT word, word <-> t.w AS distance FROM search_word
                    WHERE word % t.w AND similarity(word, t.w) >= ?
                    ORDER BY word <-> t.w
                    LIMIT 3) s ON true
                ORDER BY t.n, s.distance
                """;
        Map<String, List<String>> byWord = new LinkedHashMap<>();
        long generation = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", words.toArray()));
            ps.setDouble(2, similarity);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> close = byWord.computeIfAbsent(rs.getString(1), w -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        close.add(rs.getString(2));
                    }
                    generation = rs.getLong(3);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up known words failed", e);
        }
        return new CloseWords(byWord, generation);
    }

    /** Runs the search; {@code tsquery} is null when there is no text to match. */
    public SearchPage search(SearchCriteria criteria, String tsquery) {
        SearchStatement statement = statement(criteria, tsquery);
        List<ExerciseListing> items = new ArrayList<>(criteria.size());
        long total = 0;
        long generation = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement.sql())) {
            statement.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(1);
                    generation = rs.getLong(2);
                    if (rs.getString(3) != null) {
                        items.add(listing(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog search failed", e);
        }
        return new SearchPage(List.copyOf(items), total, generation);
    }

    /**
     * The statement {@link #search} runs. Text: every match is ranked once (ts_rank), which also gives the
     * total; the page is the best {@code size} of them, ties by name. Filters and browsing: the page comes
     * from the name index without sorting every match, and the total from a count.
     */
    public SearchStatement statement(SearchCriteria criteria, String tsquery) {
        List<Object> filterParams = new ArrayList<>();
        StringBuilder filters = new StringBuilder();
        anyOf(filters, filterParams, "s.regions", criteria.regions());
        anyOf(filters, filterParams, "s.muscles", criteria.muscles());
        anyOf(filters, filterParams, "s.equipment", criteria.equipment());
        if (!criteria.excludedContraindications().isEmpty()) {
            filters.append(" AND NOT (s.contraindications && ?::text[])");
            filterParams.add(criteria.excludedContraindications().toArray(String[]::new));
        }
        if (criteria.category() != null) {
            filters.append(" AND s.category = ?");
            filterParams.add(criteria.category());
        }
        if (criteria.position() != null) {
            filters.append(" AND s.starting_position = ?");
            filterParams.add(criteria.position());
        }
        List<Object> params = new ArrayList<>();
        String sql;
        if (tsquery != null) {
            sql = "WITH hits AS MATERIALIZED ("
                    + " SELECT s.exercise_id, s.version_id, s.name_key,"
                    + " ts_rank(s.search_doc, to_tsquery('english', ?)) AS rank"
                    + " FROM exercise_search s WHERE s.search_doc @@ to_tsquery('english', ?)" + filters + "),"
                    + " page AS (SELECT * FROM hits ORDER BY rank DESC, name_key, exercise_id LIMIT ? OFFSET ?)\n"
                    + LISTING + "FROM (SELECT count(*) AS total FROM hits) t\n" + PAGE_ROWS
                    + "ORDER BY p.rank DESC, p.name_key, p.exercise_id";
            params.add(tsquery);
            params.add(tsquery);
            params.addAll(filterParams);
        } else {
            String where = filters.isEmpty() ? "" : " WHERE" + filters.substring(" AND".length());
            sql = "WITH page AS (SELECT s.exercise_id, s.version_id, s.name_key FROM exercise_search s" + where
                    + " ORDER BY s.name_key, s.exercise_id LIMIT ? OFFSET ?)\n"
                    + LISTING + "FROM (SELECT count(*) AS total FROM exercise_search s" + where + ") t\n" + PAGE_ROWS
                    + "ORDER BY p.name_key, p.exercise_id";
            params.addAll(filterParams);
        }
        params.add(criteria.size());
        params.add((long) criteria.page() * criteria.size());
        if (tsquery == null) {
            params.addAll(filterParams);
        }
        return new SearchStatement(sql, params);
    }

    private static void anyOf(StringBuilder filters, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            filters.append(" AND ").append(column).append(" && ?::text[]");
            params.add(values.toArray(String[]::new));
        }
    }

    private static ExerciseListing listing(ResultSet rs) throws SQLException {
        Dosage dosage = new Dosage();
        dosage.holdSeconds = rs.getObject(10, Integer.class);
        dosage.holdSecondsMax = rs.getObject(11, Integer.class);
        dosage.reps = rs.getObject(12, Integer.class);
        dosage.repsMax = rs.getObject(13, Integer.class);
        dosage.sets = rs.getObject(14, Integer.class);
        dosage.perSide = rs.getBoolean(15);
        dosage.breaths = rs.getObject(16, Integer.class);
        dosage.breathsMax = rs.getObject(17, Integer.class);
        dosage.timesPerDay = rs.getObject(18, Integer.class);
        dosage.timesPerDayMax = rs.getObject(19, Integer.class);
        dosage.note = rs.getString(20);
        return new ExerciseListing(rs.getString(3), rs.getInt(4), rs.getString(5), strings(rs.getArray(6)),
                rs.getString(7), rs.getString(8), rs.getString(9), dosage, strings(rs.getArray(21)),
                strings(rs.getArray(22)), strings(rs.getArray(23)), strings(rs.getArray(24)));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
