package dev.limber.program.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.program.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Session logging at 32 concurrent patients, each a thread with its own token, connection and Idempotency-Keys,
 * for a fixed time; then the same clients reading GET /api/me (what any authenticated request costs); then the raw
 * limit of the same inserts (RawLimit: JDBC, and pgbench when installed) on the same PostgreSQL server in the same
 * run. Command and figures: docs/performance.md.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
class SessionLoggingBenchmark {

    static final int CLIENTS = 32;
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 10);
    static final String CLINIC = "bench-sessions";
    static final String TYPE = "session";
    static final String REFERENCE = "me";

    @TestHTTPResource("/api/programs")
    URL programs;

    @TestHTTPResource("/api/me")
    URL me;

    @Inject
    AgroalDataSource dataSource;

    final Report report = new Report("session-logging");
    CpuMeter cpu;
    final AtomicLong clientCpuNanos = new AtomicLong();

    @Test
    void sessionLoggingBesideTheRawLimit() throws Exception {
        report.line("Session logging benchmark: %d concurrent patients, %d s measured after %d s warm-up",
                CLIENTS, SECONDS, WARMUP_SECONDS);
        report.line("machine: %d cores, %s, java %s", Runtime.getRuntime().availableProcessors(), Report.load(),
                System.getProperty("java.version"));
        List<BenchData.SessionPatient> patients;
        int port;
        try (Connection c = dataSource.getConnection()) {
            report.line("postgres: %s", BenchData.scalar(c, "SELECT version()"));
            report.line("postgres settings: fsync=%s synchronous_commit=%s shared_buffers=%s max_connections=%s",
                    BenchData.scalar(c, "SHOW fsync"), BenchData.scalar(c, "SHOW synchronous_commit"),
                    BenchData.scalar(c, "SHOW shared_buffers"), BenchData.scalar(c, "SHOW max_connections"));
            report.line("application pool: quarkus.datasource.jdbc.max-size=%s",
                    ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.max-size", String.class).orElse("?"));
            BenchData.patientsWithPrograms(c, CLINIC, "bench-therapist-sessions", "bench-session-patient-", CLIENTS, 30);
            patients = BenchData.sessionPatients(c, CLINIC);
            port = Integer.parseInt(BenchData.scalar(c, "SHOW port"));
            cpu = new CpuMeter(Long.parseLong(BenchData.scalar(c, "SELECT pg_backend_pid()")));
        }
        assertEquals(CLIENTS, patients.size());

        // Limber: POST /api/programs/{id}/sessions
        app(patients, WARMUP_SECONDS, new ConcurrentLinkedQueue<>());
        ServerTiming.drain();
        checkpoint();
        report.line("");
        report.line("=== Limber POST /api/programs/{id}/sessions, %d patients, %d s === (%s)", CLIENTS, SECONDS, Report.load());
        ConcurrentLinkedQueue<Long> client = new ConcurrentLinkedQueue<>();
        clientCpuNanos.set(0);
        CpuMeter.Snapshot before = cpu.snapshot();
        long[] appResult = app(patients, SECONDS, client);
        CpuMeter.Snapshot after = cpu.snapshot();
        List<Long> server = ServerTiming.drain().getOrDefault(TYPE, List.of());
        double appRate = appResult[0] / (appResult[2] / 1e9);
        report.line("sessions logged: %d in %.1f s = %.0f sessions/s; non-201 responses: %d (%s)", appResult[0],
                appResult[2] / 1e9, appRate, appResult[1], Report.load());
        report.line("server-side: %s", Latencies.of(server));
        report.line("client-side: %s", Latencies.of(client));
        double jvm = (after.jvmNanos() - before.jvmNanos()) / 1e6 / appResult[0];
        double clients = clientCpuNanos.get() / 1e6 / appResult[0];
        report.line("CPU per session: service JVM (whole JVM minus client threads) %.2f ms, HTTP client threads %.2f ms, "
                + "PostgreSQL %.2f ms; CPU used in all: %.2f of %d cores", jvm - clients, clients,
                (after.postgresNanos() - before.postgresNanos()) / 1e6 / appResult[0],
                ((after.jvmNanos() - before.jvmNanos()) + (after.postgresNanos() - before.postgresNanos())) / (double) appResult[2],
                Runtime.getRuntime().availableProcessors());
        try (Connection c = dataSource.getConnection()) {
            report.line("rows: session_log %s, idempotency_key %s, patient_day %s, flag %s",
                    BenchData.scalar(c, "SELECT count(*) FROM session_log"),
                    BenchData.scalar(c, "SELECT count(*) FROM idempotency_key"),
                    BenchData.scalar(c, "SELECT count(*) FROM patient_day"), BenchData.scalar(c, "SELECT count(*) FROM flag"));
        }
        assertEquals(0, appResult[1], "every session must be logged (201)");

        // Reference: the cheapest authenticated read the service has, by the same clients: what any request costs.
        me(patients, WARMUP_SECONDS, new ConcurrentLinkedQueue<>());
        ServerTiming.drain();
        report.line("");
        report.line("=== Reference: Limber GET /api/me, %d patients, %d s === (%s)", CLIENTS, SECONDS, Report.load());
        ConcurrentLinkedQueue<Long> meClient = new ConcurrentLinkedQueue<>();
        clientCpuNanos.set(0);
        CpuMeter.Snapshot meBefore = cpu.snapshot();
        long[] meResult = me(patients, SECONDS, meClient);
        CpuMeter.Snapshot meAfter = cpu.snapshot();
        double meRate = meResult[0] / (meResult[2] / 1e9);
        report.line("reads: %d in %.1f s = %.0f req/s; other responses: %d (%s)", meResult[0], meResult[2] / 1e9, meRate,
                meResult[1], Report.load());
        report.line("server-side: %s", Latencies.of(ServerTiming.drain().getOrDefault(REFERENCE, List.of())));
        report.line("client-side: %s", Latencies.of(meClient));
        double meJvm = (meAfter.jvmNanos() - meBefore.jvmNanos()) / 1e6 / meResult[0];
        double meClients = clientCpuNanos.get() / 1e6 / meResult[0];
        report.line("CPU per read: service JVM %.2f ms, HTTP client threads %.2f ms, PostgreSQL %.2f ms", meJvm - meClients,
                meClients, (meAfter.postgresNanos() - meBefore.postgresNanos()) / 1e6 / meResult[0]);
        assertEquals(0, meResult[1], "every read must answer 200");

        // The raw limit: the shared script's statements on the same server, in a database of their own.
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("postgres");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS rawlimit");
            s.execute("CREATE DATABASE rawlimit");
        }
        RawLimit raw = new RawLimit("jdbc:postgresql://localhost:" + port + "/rawlimit", user, password);
        raw.createSchema();
        raw.run(CLIENTS, System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L, new ConcurrentLinkedQueue<>());
        checkpoint();
        report.line("");
        report.line("=== Raw limit, JDBC: session_tx.sql, %d clients, %d s === (%s)", CLIENTS, SECONDS, Report.load());
        ConcurrentLinkedQueue<Long> rawLatencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        CpuMeter.Snapshot rawBefore = cpu.snapshot();
        long transactions = raw.run(CLIENTS, start + SECONDS * 1_000_000_000L, rawLatencies);
        CpuMeter.Snapshot rawAfter = cpu.snapshot();
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        double rawRate = transactions / rawSeconds;
        report.line("transactions: %d in %.1f s = %.0f tx/s (%s)", transactions, rawSeconds, rawRate, Report.load());
        report.line("latency: %s", Latencies.of(rawLatencies));
        report.line("CPU per transaction: JDBC client JVM %.2f ms, PostgreSQL %.2f ms (backends that exited before the "
                + "second reading are not counted)", (rawAfter.jvmNanos() - rawBefore.jvmNanos()) / 1e6 / transactions,
                (rawAfter.postgresNanos() - rawBefore.postgresNanos()) / 1e6 / transactions);

        if (Boolean.parseBoolean(System.getProperty("bench.pgbench", "true"))
                && new java.io.File("/usr/bin/pgbench").canExecute()) {
            checkpoint();
            report.line("");
            report.line("=== Raw limit, pgbench -c %d -j 2 -T %d -f session_tx.sql === (%s)", CLIENTS, SECONDS, Report.load());
            RawLimit.pgbench("localhost", port, user, password, "rawlimit", CLIENTS, SECONDS).forEach(report::line);
            report.line("(%s)", Report.load());
        }

        report.line("");
        report.line("RESULT: Limber %.0f sessions/s vs raw JDBC %.0f tx/s: ratio %.2f (target >= 0.50); "
                + "Limber p99 server-side %.1f ms, client-side %.1f ms (target <= 100 ms); reference GET /api/me %.0f req/s "
                + "(ratio %.2f)", appRate, rawRate, appRate / rawRate, Latencies.of(server).p99(), Latencies.of(client).p99(),
                meRate, meRate / rawRate);
        report.save();
    }

    private void checkpoint() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    /** Every patient posts sessions back to back until the time is up: {created, failed, elapsed nanos}. */
    private long[] app(List<BenchData.SessionPatient> patients, int seconds, ConcurrentLinkedQueue<Long> latencies)
            throws Exception {
        return clients(patients, seconds, latencies, 201, (patient, bearer) -> {
            ZoneId zone = ZoneId.of(patient.zone());
            return HttpRequest.newBuilder(URI.create(programs + "/" + patient.programId() + "/sessions"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).header(ServerTiming.TYPE_HEADER, TYPE)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body(patient, zone)))
                    .build();
        });
    }

    /** The same clients reading their own patient record: the token check, one indexed read and JSON. */
    private long[] me(List<BenchData.SessionPatient> patients, int seconds, ConcurrentLinkedQueue<Long> latencies)
            throws Exception {
        URI uri = URI.create(me.toString());
        return clients(patients, seconds, latencies, 200, (patient, bearer) -> HttpRequest.newBuilder(uri)
                .header("Authorization", bearer).header(ServerTiming.TYPE_HEADER, REFERENCE)
                .timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** One client thread per patient sending {@code request} back to back: {expected status, other, elapsed nanos}. */
    private long[] clients(List<BenchData.SessionPatient> patients, int seconds, ConcurrentLinkedQueue<Long> latencies,
            int expected, BiFunction<BenchData.SessionPatient, String, HttpRequest> request) throws Exception {
        AtomicLong created = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (BenchData.SessionPatient patient : patients) {
            String bearer = "Bearer " + Tokens.token(patient.subject(), CLINIC, "patient");
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                try {
                    while (System.nanoTime() < deadline) {
                        HttpRequest next = request.apply(patient, bearer);
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = http.send(next, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        if (response.statusCode() == expected) {
                            created.incrementAndGet();
                        } else {
                            if (failed.incrementAndGet() <= 3) {
                                System.out.println(next.uri() + " " + response.statusCode() + ": " + response.body());
                            }
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    clientCpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        if (failed.get() > 0) {
            report.line("status codes: %s", new TreeMap<>(statuses));
        }
        return new long[] {created.get(), failed.get(), elapsed};
    }

    /** A valid session: every item done (the per-side one on both sides), pain settling, so no flag is raised. */
    private static String body(BenchData.SessionPatient patient, ZoneId zone) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDateTime performed = LocalDateTime.now(zone).minusMinutes(random.nextInt(1, 2 * 24 * 60)).withNano(0);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < patient.itemIds().size(); i++) {
            items.append(i == 0 ? "" : ",").append("{\"itemId\":\"").append(patient.itemIds().get(i))
                    .append("\",\"done\":true").append(i == 0 ? ",\"sidesDone\":\"BOTH\"" : "").append('}');
        }
        int before = random.nextInt(2, 5);
        return "{\"performedAt\":\"" + performed + "\",\"items\":[" + items + "],\"painBefore\":" + before
                + ",\"painAfter\":" + random.nextInt(0, before + 1) + ",\"painDuring\":" + random.nextInt(1, 5)
                + ",\"difficulty\":\"RIGHT\",\"note\":\"Completed all sets; mild knee discomfort on last squat set.\"}";
    }
}
