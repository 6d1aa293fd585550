package dev.limber.catalog.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.catalog.repository.ExerciseSearchRepository;
import dev.limber.catalog.service.CloseSpellings;
import dev.limber.catalog.service.SearchCriteria;
import dev.limber.catalog.service.SearchQuery;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
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
 * The result cache is off here ({@link BenchProfile}), so every request runs the search;
 * {@link CachedCatalogSearchBenchmark} measures the same mix with it on.
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
    CloseSpellings spellings;

    @Inject
    MeterRegistry registry;

    final Report report = new Report(reportName());

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
            report.line("postgres: %s; collation %s", scalar(c, "SELECT version()"),
                    scalar(c, "SELECT datcollate FROM pg_database WHERE datname = current_database()"));
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
            if (!cached()) {
                explain(c);
            }
        }
        report.save();
    }

    String reportName() {
        return "catalog-search";
    }

    /** Whether the result cache is on in this benchmark's profile. */
    boolean cached() {
        return false;
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
        double hits0 = cacheCount("hit");
        double misses0 = cacheCount("miss");
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
        if (cached()) {
            double hits = cacheCount("hit") - hits0;
            double misses = cacheCount("miss") - misses0;
            report.line("result cache: %.0f hits, %.0f misses, hit rate %.1f %%", hits, misses, 100 * hits / (hits + misses));
        }
    }

    private double cacheCount(String result) {
        return registry.counter("limber.catalog.search.cache", "result", result).count();
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

    /** Searches of the mix whose plans the report shows: broad and selective words, typos, filters, browsing. */
    static final List<String> EXPLAINED = List.of("q=hamstring", "q=pirformis", "q=clamshell", "q=seated+hamstring+stretch",
            "q=stretch&region=hip&excludeContraindication=knee-pain",
            "q=bridge&muscle=glutes&position=supine&excludeContraindication=radiating-leg-pain",
            "muscle=obliques&muscle=abdominals", "equipment=chair&region=lower-back", "page=5");

    /** Plans of the very statement ExerciseSearchRepository.search runs, with the tsquery the service builds. */
    private void explain(Connection c) throws Exception {
        for (String query : EXPLAINED) {
            SearchCriteria criteria = criteria(query);
            List<String> words = SearchQuery.words(criteria.text());
            String tsquery = words.isEmpty() ? null : SearchQuery.tsquery(words, spellings.lookup(words).byWord());
            ExerciseSearchRepository.SearchStatement statement = searchRepository.statement(criteria, tsquery);
            report.line("");
            report.line("=== EXPLAIN (ANALYZE, BUFFERS) at 10,000: GET /api/exercises?%s%s ===", query,
                    tsquery == null ? "" : "; tsquery '" + tsquery + "'");
            plan(c, "EXPLAIN (ANALYZE, BUFFERS) " + statement.sql(), statement);
        }
    }

    /** The criteria the resource makes of a query string of the mix. */
    private static SearchCriteria criteria(String query) {
        Map<String, List<String>> p = new TreeMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                p.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1].replace('+', ' '));
            }
        }
        return new SearchCriteria(first(p, "q"), p.getOrDefault("region", List.of()), p.getOrDefault("muscle", List.of()),
                first(p, "category"), first(p, "position"), p.getOrDefault("equipment", List.of()),
                p.getOrDefault("excludeContraindication", List.of()),
                Integer.parseInt(p.getOrDefault("page", List.of("0")).get(0)), 20);
    }

    private static String first(Map<String, List<String>> params, String key) {
        return params.containsKey(key) ? params.get(key).get(0) : null;
    }

    private void plan(Connection c, String sql, ExerciseSearchRepository.SearchStatement statement) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            statement.bind(ps);
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
