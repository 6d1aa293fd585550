package dev.limber.catalog.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.catalog.config.CatalogConfig;
import dev.limber.catalog.repository.ExerciseSearchRepository;
import dev.limber.catalog.service.SearchQuery;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Catalog search over 1,000 and then 10,000 generated exercises, 8 concurrent clients: latency per query type
 * measured on the server ({@link ServerTiming}) and by the clients, CPU per request, and the plans at 10,000.
 * Run with the command in docs/performance.md; tune with -Dbench.requests, -Dbench.warmup and -Dbench.jit-warmup.
 *
 * <p>The identity comes from @TestSecurity: it replaces the identity of every request the application serves
 * while this test runs, whatever thread sends it; every response is checked to be 200, so a request that was
 * not authenticated would fail the run.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@TestSecurity(user = "bench", roles = "therapist")
class CatalogSearchBenchmark {

    static final int CLIENTS = 8;
    static final int REQUESTS = Integer.getInteger("bench.requests", 3000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 800);
    /** Extra warm-up before the first size, so the JIT has compiled the service before 1,000 is compared with 10,000. */
    static final int JIT_WARMUP = Integer.getInteger("bench.jit-warmup", 3000);
    /** Requests sent by one client alone after the concurrent phase: the service time without queueing. */
    static final int SERIAL = Integer.getInteger("bench.serial", 280);
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    /** The query mix: each type has a few variants, sent in turn. */
    static final Map<String, List<String>> MIX = new TreeMap<>(Map.of(
            "1-word", List.of("q=hamstring", "q=clamshell", "q=pigeon", "q=rotation"),
            "2-typo", List.of("q=pirformis", "q=hamstrng", "q=shouldr", "q=thorasic"),
            "3-multi-word", List.of("q=seated+hamstring+stretch", "q=glute+bridge", "q=supine+piriformis",
                    "q=hip+flexor+lunge"),
            "4-prefix", List.of("q=glut", "q=obliq", "q=butterf", "q=thor"),
            "5-filters", List.of("region=hip&category=static-stretch", "muscle=hamstrings&position=seated",
                    "equipment=chair&region=lower-back", "muscle=obliques&muscle=abdominals"),
            "6-text+filters", List.of("q=stretch&region=hip&excludeContraindication=knee-pain",
                    "q=bridge&muscle=glutes&position=supine&excludeContraindication=radiating-leg-pain",
                    "q=rotation&region=upper-back&excludeContraindication=wrist-pain&excludeContraindication=knee-pain",
                    "q=hamstring&category=static-stretch&excludeContraindication=balance-problems"),
            "7-browse", List.of("", "page=1", "category=strengthening", "page=5")));

    @TestHTTPResource("/api/exercises")
    URL exercises;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ExerciseSearchRepository searchRepository;

    @Inject
    CatalogConfig config;

    final Report report = new Report("catalog-search");

    /** One HTTP/1.1 client (keep-alive connection, selector thread) per client slot, kept for the whole run. */
    final List<HttpClient> httpClients = new ArrayList<>();

    /** CPU the client threads used in the current run, reported by the threads themselves. */
    final AtomicLong clientThreadNanos = new AtomicLong();

    CpuMeter cpu;

    @Test
    void searchAt1000And10000Exercises() throws Exception {
        report.line("Catalog search benchmark: %d clients, %d measured requests per size after %d warm-up, page size 20",
                CLIENTS, REQUESTS, WARMUP);
        report.line("machine: %d cores (Runtime.availableProcessors), %s, java %s", Runtime.getRuntime().availableProcessors(),
                Report.load(), System.getProperty("java.version"));
        ExerciseGenerator generator = new ExerciseGenerator(20260301L);
        try (Connection c = dataSource.getConnection()) {
            report.line("postgres: %s", scalar(c, "SELECT version()"));
            cpu = new CpuMeter(Long.parseLong(scalar(c, "SELECT pg_backend_pid()")));
            for (int i = 0; i < CLIENTS; i++) {
                httpClients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build());
            }
            long seed = Long.parseLong(scalar(c, "SELECT count(*) FROM exercise_version WHERE is_current"));
            long t0 = System.nanoTime();
            generator.insert(c, 1, 1000 - (int) seed);
            report.line("generated %d exercises (plus %d seed) in %.1f s", 1000 - seed, seed, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            run(JIT_WARMUP, new TreeMap<>());
            report.line("JIT warm-up: %d requests in %.1f s, %s", JIT_WARMUP, (System.nanoTime() - t0) / 1e9, Report.load());
            phase(c, "1,000");
            t0 = System.nanoTime();
            generator.insert(c, 1001 - (int) seed, 10_000 - (int) seed);
            report.line("generated up to 10,000 current exercises in %.1f s", (System.nanoTime() - t0) / 1e9);
            phase(c, "10,000");
            explain(c);
        }
        report.save();
    }

    private void phase(Connection c, String size) throws Exception {
        report.line("");
        report.line("=== %s current exercises (%s in exercise_version, %s known words) ===", size,
                scalar(c, "SELECT count(*) FROM exercise_version WHERE is_current"),
                scalar(c, "SELECT count(*) FROM search_word"));
        Map<String, Long> totals = new TreeMap<>();
        run(WARMUP, totals);
        ServerTiming.drain();
        report.line("warm-up done, %s", Report.load());
        measure(CLIENTS, REQUESTS, totals);
        measure(1, SERIAL, totals);
        report.line("matches per query (total):");
        totals.forEach((q, n) -> report.line("  %-100s %d", q, n));
    }

    private void measure(int clients, int requests, Map<String, Long> totals) throws Exception {
        Map<String, ConcurrentLinkedQueue<Long>> client = new ConcurrentHashMap<>();
        clientThreadNanos.set(0);
        CpuMeter.Snapshot before = cpu.snapshot(0);
        long start = System.nanoTime();
        int errors = run(clients, requests, totals, client);
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Snapshot after = cpu.snapshot(clientThreadNanos.get());
        Map<String, List<Long>> server = ServerTiming.drain();
        report.line("-- %d client(s): %d requests in %.1f s: %.0f req/s overall, %d errors, %s", clients, requests,
                seconds, requests / seconds, errors, Report.load());
        assertEquals(0, errors, "every search must answer 200");
        report.line("%-15s %7s | %-52s | %-52s", "type", "req/s", "server-side (ms)", "client-side (ms)");
        List<Long> allServer = new ArrayList<>();
        List<Long> allClient = new ArrayList<>();
        for (String type : MIX.keySet()) {
            List<Long> s = server.getOrDefault(type, List.of());
            List<Long> cl = new ArrayList<>(client.getOrDefault(type, new ConcurrentLinkedQueue<>()));
            allServer.addAll(s);
            allClient.addAll(cl);
            report.line("%-15s %7.1f | %-52s | %-52s", type, cl.size() / seconds, Latencies.of(s), Latencies.of(cl));
        }
        report.line("%-15s %7.1f | %-52s | %-52s", "overall", allClient.size() / seconds, Latencies.of(allServer),
                Latencies.of(allClient));
        assertEquals(requests, allServer.size(), "the server timed every measured request");
        double httpClient = (after.httpClientNanos() - before.httpClientNanos()) / 1e6 / requests;
        double service = (after.jvmNanos() - before.jvmNanos()) / 1e6 / requests - httpClient;
        double postgres = (after.postgresNanos() - before.postgresNanos()) / 1e6 / requests;
        report.line("CPU per request: service (JVM minus client threads, JIT and GC included) %.2f ms, PostgreSQL %.2f ms,"
                + " HTTP clients %.2f ms; all three used %.2f of %d cores; mean in flight (Little: req/s x mean latency)"
                + " on the server %.1f", service, postgres, httpClient,
                (service + postgres + httpClient) * requests / 1000.0 / seconds, Runtime.getRuntime().availableProcessors(),
                allServer.stream().mapToLong(Long::longValue).average().orElse(0) / 1e9 * requests / seconds);
    }

    private int run(int requests, Map<String, Long> totals) throws Exception {
        return run(CLIENTS, requests, totals, new ConcurrentHashMap<>());
    }

    /** Sends {@code requests} searches from {@code clients} threads, each with its own connection; returns the non-200s. */
    private int run(int clients, int requests, Map<String, Long> totals,
            Map<String, ConcurrentLinkedQueue<Long>> latencies)
            throws Exception {
        List<String[]> mix = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            for (var e : MIX.entrySet()) {
                mix.add(new String[] {e.getKey(), e.getValue().get(v)});
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                HttpClient http = httpClients.get(t);
                threads.add(pool.submit(() -> {
                    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        String[] q = mix.get(i % mix.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(exercises + "?" + q[1]))
                                .header("Accept", "application/json").header(ServerTiming.TYPE_HEADER, q[0])
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t0;
                        latencies.computeIfAbsent(q[0], k -> new ConcurrentLinkedQueue<>()).add(elapsed);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        Matcher m = TOTAL.matcher(response.body());
                        if (m.find()) {
                            seen.putIfAbsent(q[0] + " " + q[1], Long.parseLong(m.group(1)));
                        }
                    }
                    clientThreadNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0);
                    return null;
                }));
            }
            for (Future<?> f : threads) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        totals.putAll(seen);
        return errors.get();
    }

    /**
     * Plans of the SQL of ExerciseSearchRepository.search, kept in step with it: text searches get page and total in
     * one pass, browsing and filters a page and then a count.
     */
    private void explain(Connection c) throws Exception {
        double similarity = config.search().typoSimilarity();
        String textAndFilter = tsquery("stretch", similarity);
        String typo = tsquery("pirformis", similarity);
        String selective = tsquery("bridge", similarity);
        String selectiveTypo = tsquery("clamshel", similarity);
        report.line("");
        report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: text + filters ===");
        report.line("-- GET /api/exercises?q=stretch&region=hip&excludeContraindication=knee-pain; tsquery '%s'",
                textAndFilter);
        plan(c, """
                SELECT v.id, count(*) OVER () AS total FROM exercise_version v
                WHERE v.is_current AND NOT EXISTS (SELECT 1 FROM exercise e WHERE e.id = v.exercise_id AND e.retired_at IS NOT NULL)
                  AND v.search_doc @@ to_tsquery('english', ?)
                  AND v.regions && string_to_array(?, ',') AND NOT (v.contraindications && string_to_array(?, ','))
                ORDER BY ts_rank(v.search_doc, to_tsquery('english', ?)) DESC, lower(v.name), v.exercise_id
                LIMIT 20 OFFSET 0""", textAndFilter, "hip", "knee-pain", textAndFilter);
        report.line("");
        report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: selective text + filters ===");
        report.line("-- GET /api/exercises?q=bridge&muscle=glutes&position=supine&excludeContraindication=radiating-leg-pain;"
                + " tsquery '%s'", selective);
        plan(c, """
                SELECT v.id, count(*) OVER () AS total FROM exercise_version v
                WHERE v.is_current AND NOT EXISTS (SELECT 1 FROM exercise e WHERE e.id = v.exercise_id AND e.retired_at IS NOT NULL)
                  AND v.search_doc @@ to_tsquery('english', ?)
                  AND v.muscles && string_to_array(?, ',') AND NOT (v.contraindications && string_to_array(?, ','))
                  AND v.starting_position = ?
                ORDER BY ts_rank(v.search_doc, to_tsquery('english', ?)) DESC, lower(v.name), v.exercise_id
                LIMIT 20 OFFSET 0""", selective, "glutes", "radiating-leg-pain", "supine", selective);
        report.line("");
        report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: selective typo 'clamshel'; tsquery '%s' ===", selectiveTypo);
        plan(c, """
                SELECT v.id, count(*) OVER () AS total FROM exercise_version v
                WHERE v.is_current AND NOT EXISTS (SELECT 1 FROM exercise e WHERE e.id = v.exercise_id AND e.retired_at IS NOT NULL)
                  AND v.search_doc @@ to_tsquery('english', ?)
                ORDER BY ts_rank(v.search_doc, to_tsquery('english', ?)) DESC, lower(v.name), v.exercise_id
                LIMIT 20 OFFSET 0""", selectiveTypo, selectiveTypo);
        report.line("");
        report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: typo 'pirformis', step 1 (close known words) ===");
        plan(c, """
                SELECT t.w, s.word
                FROM unnest(string_to_array(?, ' ')) AS t(w)
                CROSS JOIN LATERAL (
                    SELECT word FROM search_word
                    WHERE word % t.w AND similarity(word, t.w) >= ?::float8
                    ORDER BY word <-> t.w
                    LIMIT 3) s""", "pirformis", similarity);
        report.line("");
        report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: typo 'pirformis', step 2 (search); tsquery '%s' ===", typo);
        plan(c, """
                SELECT v.id, count(*) OVER () AS total FROM exercise_version v
                WHERE v.is_current AND NOT EXISTS (SELECT 1 FROM exercise e WHERE e.id = v.exercise_id AND e.retired_at IS NOT NULL)
                  AND v.search_doc @@ to_tsquery('english', ?)
                ORDER BY ts_rank(v.search_doc, to_tsquery('english', ?)) DESC, lower(v.name), v.exercise_id
                LIMIT 20 OFFSET 0""", typo, typo);
        report.line("");
        report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: filters only, page then count (muscle=obliques&muscle=abdominals) ===");
        String filters = """
                FROM exercise_version v
                WHERE v.is_current AND NOT EXISTS (SELECT 1 FROM exercise e WHERE e.id = v.exercise_id AND e.retired_at IS NOT NULL)
                  AND v.muscles && string_to_array(?, ',')""";
        plan(c, "SELECT v.id " + filters + " ORDER BY lower(v.name), v.exercise_id LIMIT 20 OFFSET 0", "obliques,abdominals");
        plan(c, "SELECT count(*) " + filters, "obliques,abdominals");
        report.line("");
        report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: browse page 5, page then count ===");
        String browse = """
                FROM exercise_version v
                WHERE v.is_current AND NOT EXISTS (SELECT 1 FROM exercise e WHERE e.id = v.exercise_id AND e.retired_at IS NOT NULL)""";
        plan(c, "SELECT v.id " + browse + " ORDER BY lower(v.name), v.exercise_id LIMIT 20 OFFSET 100");
        plan(c, "SELECT count(*) " + browse);
    }

    /** The tsquery the service builds for this text, with the known words the service would find. */
    private String tsquery(String text, double similarity) {
        List<String> words = SearchQuery.words(text);
        return QuarkusTransaction.requiringNew()
                .call(() -> SearchQuery.tsquery(words, searchRepository.similarWords(words, similarity)));
    }

    private void plan(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    report.line("%s", rs.getString(1));
                }
            }
        }
    }

    private static String scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
