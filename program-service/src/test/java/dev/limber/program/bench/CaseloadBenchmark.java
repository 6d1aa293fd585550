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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * GET /api/caseload for a therapist with 500 patients, first with a year of history, then with ten years (the
 * history grows tenfold: sessions, day tallies, resolved flags), a few concurrent clients each time. Command and
 * figures: docs/performance.md.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
class CaseloadBenchmark {

    static final int PATIENTS = 500;
    static final int CLIENTS = Integer.getInteger("bench.caseload-clients", 4);
    static final int REQUESTS = Integer.getInteger("bench.caseload-requests", 400);
    static final int WARMUP = Integer.getInteger("bench.caseload-warmup", 100);
    static final String CLINIC = "bench-caseload";
    static final String THERAPIST = "bench-caseload-therapist";

    @TestHTTPResource("/api/caseload")
    URL caseload;

    @Inject
    AgroalDataSource dataSource;

    final Report report = new Report("caseload");
    final AtomicLong clientCpuNanos = new AtomicLong();

    @Test
    void caseloadWithOneAndTenYearsOfHistory() throws Exception {
        report.line("Caseload benchmark: %d patients of one therapist, %d clients, %d measured requests after %d warm-up",
                PATIENTS, CLIENTS, REQUESTS, WARMUP);
        report.line("machine: %d cores, %s, java %s", Runtime.getRuntime().availableProcessors(), Report.load(),
                System.getProperty("java.version"));
        String bearer = "Bearer " + Tokens.token(THERAPIST, CLINIC, "therapist");
        try (Connection c = dataSource.getConnection()) {
            long t0 = System.nanoTime();
            BenchData.patientsWithPrograms(c, CLINIC, THERAPIST, "bench-caseload-patient-", PATIENTS, 365);
            BenchData.history(c, CLINIC, 1, 365);
            BenchData.openFlags(c, CLINIC);
            vacuum(c);
            report.line("generated one year of history in %.1f s", (System.nanoTime() - t0) / 1e9);
            double p95Year = phase(c, bearer, "1 year");
            t0 = System.nanoTime();
            BenchData.history(c, CLINIC, 366, 3650);
            BenchData.exec(c, "UPDATE program SET start_date = current_date - 3650 WHERE clinic_id = ?", CLINIC);
            vacuum(c);
            report.line("");
            report.line("grew the history to ten years in %.1f s", (System.nanoTime() - t0) / 1e9);
            double p95Decade = phase(c, bearer, "10 years");
            report.line("");
            report.line("RESULT: server-side p95 %.1f ms with 1 year, %.1f ms with 10 years: ratio %.2f "
                    + "(targets: p95 <= 50 ms, ratio <= 1.30)", p95Year, p95Decade, p95Decade / p95Year);
        }
        report.save();
    }

    private static void vacuum(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE patient_day");
            s.execute("VACUUM ANALYZE session_log");
            s.execute("VACUUM ANALYZE flag");
            s.execute("VACUUM ANALYZE patient");
            s.execute("VACUUM ANALYZE program");
        }
    }

    /** Measures the caseload at the current history; returns the server-side p95 in ms. */
    private double phase(Connection c, String bearer, String history) throws Exception {
        report.line("");
        report.line("=== %s of history: rows session_log %s, patient_day %s, flag %s (open or acknowledged %s); "
                + "session_log %s, patient_day %s ===", history,
                BenchData.scalar(c, "SELECT count(*) FROM session_log WHERE clinic_id = '" + CLINIC + "'"),
                BenchData.scalar(c, "SELECT count(*) FROM patient_day"),
                BenchData.scalar(c, "SELECT count(*) FROM flag WHERE clinic_id = '" + CLINIC + "'"),
                BenchData.scalar(c, "SELECT count(*) FROM flag WHERE clinic_id = '" + CLINIC + "' AND status <> 'RESOLVED'"),
                BenchData.scalar(c, "SELECT pg_size_pretty(pg_total_relation_size('session_log'))"),
                BenchData.scalar(c, "SELECT pg_size_pretty(pg_total_relation_size('patient_day'))"));
        String type = "caseload-" + history.replace(' ', '-');
        // One request alone first, so the therapist's entry in the staff directory is written before the
        // concurrent phases begin.
        run(bearer, type, 1, 1, new ConcurrentLinkedQueue<>());
        run(bearer, type, CLIENTS, WARMUP, new ConcurrentLinkedQueue<>());
        ServerTiming.drain();
        ConcurrentLinkedQueue<Long> client = new ConcurrentLinkedQueue<>();
        CpuMeter cpu = new CpuMeter(Long.parseLong(BenchData.scalar(c, "SELECT pg_backend_pid()")));
        clientCpuNanos.set(0);
        CpuMeter.Snapshot before = cpu.snapshot();
        long start = System.nanoTime();
        run(bearer, type, CLIENTS, REQUESTS, client);
        long elapsed = System.nanoTime() - start;
        CpuMeter.Snapshot after = cpu.snapshot();
        double seconds = elapsed / 1e9;
        List<Long> server = ServerTiming.drain().getOrDefault(type, List.of());
        assertEquals(REQUESTS, server.size(), "the server timed every measured request");
        report.line("%d requests in %.1f s = %.1f req/s (%s)", REQUESTS, seconds, REQUESTS / seconds, Report.load());
        double jvm = (after.jvmNanos() - before.jvmNanos()) / 1e6 / REQUESTS;
        double clients = clientCpuNanos.get() / 1e6 / REQUESTS;
        report.line("CPU per request: service JVM (whole JVM minus client threads) %.2f ms, HTTP client threads %.2f ms, "
                + "PostgreSQL %.2f ms; CPU used in all: %.2f of %d cores", jvm - clients, clients,
                (after.postgresNanos() - before.postgresNanos()) / 1e6 / REQUESTS,
                ((after.jvmNanos() - before.jvmNanos()) + (after.postgresNanos() - before.postgresNanos())) / (double) elapsed,
                Runtime.getRuntime().availableProcessors());
        report.line("server-side: %s", Latencies.of(server));
        report.line("client-side: %s", Latencies.of(client));
        explain(c, history);
        return Latencies.of(server).p95();
    }

    private void run(String bearer, String type, int clients, int requests, ConcurrentLinkedQueue<Long> latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                try {
                    while (next.getAndIncrement() < requests) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(caseload.toString()))
                                .header("Authorization", bearer).header("Accept", "application/json")
                                .header(ServerTiming.TYPE_HEADER, type).timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        int entries = response.body().split("\"patientId\"", -1).length - 1;
                        if (response.statusCode() != 200 || entries != PATIENTS) {
                            problems.add(response.statusCode() + " with " + entries + " entries");
                        }
                    }
                } catch (Exception e) {
                    problems.add(e.toString());
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
        assertEquals(List.of(), new ArrayList<>(problems), "every caseload must list all " + PATIENTS + " patients");
    }

    /** The plans of the caseload's five reads, as CaseloadRepository sends them (Hibernate's SQL, shortened). */
    private void explain(Connection c, String history) throws Exception {
        String scope = "pa.clinic_id = ? AND pa.therapist_subject = ?";
        String followed = "p.status IN ('ACTIVE', 'PAUSED')";
        report.line("");
        report.line("-- EXPLAIN (ANALYZE, BUFFERS), %s: patients and followed programs (CaseloadRepository.patients)", history);
        plan(c, "SELECT pa.id, pa.display_name, pa.time_zone, pa.last_session_at, p.id, p.status, p.start_date, p.end_date, "
                + "p.activated_at, p.completed_at, p.sessions_per_day, p.scheduled_days FROM patient pa "
                + "LEFT JOIN program p ON p.patient_id = pa.id AND " + followed + " WHERE " + scope, CLINIC, THERAPIST);
        report.line("-- EXPLAIN (ANALYZE, BUFFERS), %s: schedules (CaseloadRepository.schedules)", history);
        plan(c, "SELECT r.program_id, r.revision, r.changed_at, r.sessions_per_day, r.scheduled_days FROM program_revision r "
                + "JOIN program p ON p.id = r.program_id JOIN patient pa ON pa.id = p.patient_id WHERE " + followed
                + " AND " + scope + " ORDER BY r.revision", CLINIC, THERAPIST);
        report.line("-- EXPLAIN (ANALYZE, BUFFERS), %s: recent pauses (CaseloadRepository.pausesSince)", history);
        plan(c, "SELECT x.program_id, x.started_at, x.ended_at FROM program_pause x JOIN program p ON p.id = x.program_id "
                + "JOIN patient pa ON pa.id = p.patient_id WHERE " + followed + " AND (x.ended_at IS NULL OR x.ended_at >= ?) AND "
                + scope, OffsetDateTime.now(ZoneOffset.UTC).minusDays(16), CLINIC, THERAPIST);
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM patient WHERE clinic_id = ? AND therapist_subject = ?")) {
            ps.setString(1, CLINIC);
            ps.setString(2, THERAPIST);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add((UUID) rs.getObject(1));
                }
            }
        }
        report.line("-- EXPLAIN (ANALYZE, BUFFERS), %s: day tallies (CaseloadRepository.daysSince, the %d ids as one array "
                + "parameter)", history, ids.size());
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(15);
        plan(c, "SELECT patient_id, day - ?, full_sessions, partial_sessions, pain_before_sum, pain_count FROM patient_day "
                + "WHERE patient_id = ANY(?) AND day >= ?", since, c.createArrayOf("uuid", ids.toArray()), since);
        report.line("-- EXPLAIN (ANALYZE, BUFFERS), %s: unresolved flags (CaseloadRepository.openFlags)", history);
        plan(c, "SELECT f.patient_id, f.severity, count(f.id) FROM flag f JOIN patient pa ON pa.id = f.patient_id "
                + "WHERE f.clinic_id = ? AND f.status IN ('OPEN', 'ACKNOWLEDGED') AND " + scope
                + " GROUP BY f.patient_id, f.severity", CLINIC, CLINIC, THERAPIST);
    }

    /** The plan, then the statement itself run 30 times alone (no EXPLAIN overhead), reading every row. */
    private void plan(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // An array parameter is printed in full: keep the lines readable.
                    String line = rs.getString(1);
                    report.line("%s", line.length() > 240 ? line.substring(0, 240) + "..." : line);
                }
            }
        }
        List<Long> times = new ArrayList<>();
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            for (int run = 0; run < 30; run++) {
                rows = 0;
                long t0 = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                times.add(System.nanoTime() - t0);
            }
        }
        report.line("alone, 30 runs from JDBC: %s; %d rows", Latencies.of(times), rows);
    }
}
