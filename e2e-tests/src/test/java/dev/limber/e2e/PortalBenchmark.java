package dev.limber.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portal under load, against the real stack (the launcher of the run command: PostgreSQL, Keycloak,
 * catalog-service, program-service, web-ui): 50 signed-in users at once, each with their own portal session
 * from Keycloak's login form, asking for the patient "today" page, then 50 therapist sessions asking for a
 * 500-patient caseload with a year of history. Two load models: users who look at each page for a while
 * ({@code bench.think-ms}, 5 s on average, far more often than people reload a page) and, for the capacity of the
 * machine, the same sessions asking again as soon as an answer arrives. Server-side latency is web-ui's own access
 * log (time from request to response, backend calls included); the client's view is reported beside it.
 *
 * Run (docs/performance.md, section 4): see the command there; needs the access log switched on through the
 * environment so the services log each request's duration.
 */
class PortalBenchmark {

    static final String PORTAL = "http://localhost:8080";
    static final String CLINIC = "clinic-a";
    static final String TARA = "1a2b0000-0000-4000-8000-000000000001";
    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    /** Mean pause between a user's page loads; each pause is drawn uniformly from half to one and a half times it. */
    static final int THINK_MS = Integer.getInteger("bench.think-ms", 5000);
    /** Measured seconds of the phases with think time: long enough for several hundred page loads. */
    static final int USER_SECONDS = Integer.getInteger("bench.user-seconds", 90);
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 10);
    static final int CASELOAD = Integer.getInteger("bench.caseload", 500);
    static final Pattern ACCESS = Pattern.compile("limber-access (GET|POST) (\\S+) (\\d{3}) (\\d+)");
    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    final Path data = Paths.get(System.getProperty("limber.e2e.target", "target")).resolve("stack-data");

    @Test
    void todayAndCaseloadAtFiftySignedInUsers() throws Exception {
        try (LimberStack stack = LimberStack.startOrFind()) {
            seedCaseload();
            List<HttpClient> patients = signIn("paul", "paul-limber-demo", "/me");
            List<HttpClient> therapists = signIn("tara", "tara-limber-demo", "/therapist");
            // Users: each reads the page, then looks at it for a while (the targets' load).
            Report today = load("today", patients, "/me", "Today's exercises", THINK_MS, USER_SECONDS);
            Report caseload = load("caseload", therapists, "/therapist", "Your patients", THINK_MS, USER_SECONDS);
            // Saturation: the same sessions ask again the moment an answer arrives (the capacity of the box).
            Report todayFlat = load("today, no pause", patients, "/me", "Today's exercises", 0, SECONDS);
            Report caseloadFlat = load("caseload, no pause", therapists, "/therapist", "Your patients", 0, SECONDS);
            System.out.println();
            System.out.println("| page | users | think time | requests | req/s | server p50 | server p95 | server p99 |"
                    + " client p95 |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (Report r : List.of(today, caseload, todayFlat, caseloadFlat)) {
                System.out.println(r.row());
            }
            System.out.printf("Targets, users with think time: today p95 <= 50 ms (%s), caseload p95 <= 100 ms (%s)%n",
                    today.serverP95() <= 50 ? "met" : "MISSED", caseload.serverP95() <= 100 ? "met" : "MISSED");
        }
    }

    /** tara gets {@link #CASELOAD} patients in all, each with an active program and a year of sessions. */
    void seedCaseload() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + System.getProperty("limber.e2e.postgres-port", "15433") + "/program", "postgres", "")) {
            int existing = scalar(c, "SELECT count(*) FROM patient WHERE therapist_subject = '" + TARA + "'");
            int extra = CASELOAD - existing;
            PortalSeed.patientsWithPrograms(c, CLINIC, TARA, "bench-", extra, 365);
            PortalSeed.history(c, "bench-", 1, 365);
            assertEquals(CASELOAD, scalar(c, "SELECT count(*) FROM patient WHERE therapist_subject = '" + TARA + "'"));
        }
    }

    static int scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** {@link #USERS} portal sessions of one demo user, each signed in through Keycloak's login form. */
    static List<HttpClient> signIn(String user, String password, String landing) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
                    .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(PORTAL + landing)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher action = FORM_ACTION.matcher(login.body());
            assertTrue(action.find(), "Keycloak's login form, at " + login.uri());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(action.group(1)
                            .replace("&amp;", "&"))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(PORTAL + landing, page.uri().toString(), "signed in and back on " + landing);
            sessions.add(client);
        }
        return sessions;
    }

    /**
     * Cookies as a browser keeps them for http://localhost: Keycloak marks its login cookies Secure, and browsers
     * treat localhost as a secure origin and send them back, where {@link CookieManager} sends Secure cookies only
     * over https (the login form would then answer "cookie not found").
     */
    static final class LocalhostCookies extends CookieManager {

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean local = "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
            return super.get(local ? URI.create("https" + uri.toString().substring("http".length())) : uri,
                    requestHeaders);
        }
    }

    record Report(String page, int users, int thinkMs, int requests, double perSecond, long p50, long p95, long p99,
            long clientP95) {

        long serverP95() {
            return p95;
        }

        String row() {
            return String.format("| %s | %d | %s | %d | %.0f | %d ms | %d ms | %d ms | %d ms |", page, users,
                    thinkMs == 0 ? "none" : thinkMs / 1000.0 + " s", requests, perSecond, p50, p95, p99, clientP95);
        }
    }

    /**
     * Every session asks for {@code path} in a loop, pausing about {@code thinkMs} after each answer, warm-up first;
     * then reads the server's access log.
     */
    Report load(String name, List<HttpClient> sessions, String path, String expect, int thinkMs, int seconds)
            throws Exception {
        run(sessions, path, expect, thinkMs, WARMUP_SECONDS);
        Path log = data.resolve("logs/web-ui.log");
        long offset = Files.size(log);
        List<Long> client = run(sessions, path, expect, thinkMs, seconds);
        Thread.sleep(1000);
        List<Long> server = new ArrayList<>();
        String written = Files.readString(log).substring((int) offset);
        Matcher m = ACCESS.matcher(written);
        while (m.find()) {
            if (m.group(2).equals(path) && m.group(3).equals("200")) {
                server.add(Long.parseLong(m.group(4)));
            }
        }
        assertTrue(server.size() >= client.size() * 9 / 10, "the access log has the requests: " + server.size()
                + " of " + client.size() + " (is QUARKUS_HTTP_ACCESS_LOG_ENABLED set? docs/performance.md)");
        Collections.sort(server);
        Collections.sort(client);
        return new Report(name, sessions.size(), thinkMs, client.size(), client.size() / (double) seconds,
                pct(server, 50),
                pct(server, 95), pct(server, 99), pct(client, 95) / 1_000_000);
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    /** Latencies (ns) of every request made by all sessions during {@code seconds}. */
    static List<Long> run(List<HttpClient> sessions, String path, String expect, int thinkMs, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> results = new ArrayList<>();
        for (HttpClient session : sessions) {
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                HttpRequest request = HttpRequest.newBuilder(URI.create(PORTAL + path)).build();
                if (thinkMs > 0) {
                    // Users do not arrive in step: each starts somewhere in its first pause.
                    Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMs));
                }
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = session.send(request, HttpResponse.BodyHandlers.ofString());
                    times.add(System.nanoTime() - start);
                    if (r.statusCode() != 200 || !r.body().contains(expect)) {
                        throw new IOException(path + " answered " + r.statusCode() + " at " + r.uri());
                    }
                    if (thinkMs > 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMs / 2, thinkMs * 3L / 2));
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }
}
