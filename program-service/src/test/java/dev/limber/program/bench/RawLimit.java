package dev.limber.program.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The raw limit of session ingest (docs/performance.md; the shared bench/raw-limit reference): the statements of
 * schema.sql and session_tx.sql (copied to src/test/resources/bench/raw-limit) run through JDBC against a database
 * of its own on the same PostgreSQL server, each client on its own connection, one statement per round trip as
 * pgbench sends them.
 */
final class RawLimit {

    private static final Pattern SET = Pattern.compile("\\\\set (\\w+) random\\((\\d+), *(\\d+)\\)");

    private final String url;
    private final String user;
    private final String password;
    private final Map<String, int[]> variables;
    private final List<String> statements;

    RawLimit(String url, String user, String password) throws IOException {
        this.url = url;
        this.user = user;
        this.password = password;
        String script = resource("session_tx.sql");
        this.variables = script.lines().map(SET::matcher).filter(Matcher::matches).collect(Collectors.toMap(
                m -> m.group(1), m -> new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))}));
        this.statements = split(script.lines().filter(l -> !l.startsWith("\\")).collect(Collectors.joining("\n")));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RawLimit.class.getResourceAsStream("/bench/raw-limit/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> split(String sql) {
        String noComments = sql.lines().filter(l -> !l.trim().startsWith("--")).collect(Collectors.joining("\n"));
        // Statements end with ';' at the end of a line; the note in session_tx.sql holds a ';' of its own.
        return Arrays.stream(noComments.split(";[ \\t]*(\\R|$)")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    void createSchema() throws SQLException, IOException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : split(resource("schema.sql"))) {
                s.execute(sql);
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** One transaction of session_tx.sql with fresh random values, statement by statement. */
    void transaction(Statement s) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> values = new ArrayList<>();
        for (String sql : statements) {
            String bound = sql;
            for (var v : variables.entrySet()) {
                bound = bound.replace(":" + v.getKey(), Integer.toString(random.nextInt(v.getValue()[0], v.getValue()[1] + 1)));
            }
            values.add(bound);
        }
        for (String sql : values) {
            s.execute(sql);
        }
    }

    /** Runs transactions from {@code clients} threads until the deadline; returns committed count and latencies. */
    long run(int clients, long deadlineNanos, ConcurrentLinkedQueue<Long> latencies) throws Exception {
        List<Thread> threads = new ArrayList<>();
        long[] done = new long[clients];
        ConcurrentLinkedQueue<Exception> errors = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < clients; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    while (System.nanoTime() < deadlineNanos) {
                        long t0 = System.nanoTime();
                        transaction(s);
                        latencies.add(System.nanoTime() - t0);
                        done[index]++;
                    }
                } catch (Exception e) {
                    errors.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!errors.isEmpty()) {
            throw errors.peek();
        }
        return Arrays.stream(done).sum();
    }

    /** pgbench with the same script, 32 clients, against the same database: the shared script's own figure. */
    static List<String> pgbench(String host, int port, String user, String password, String database, int clients,
            int seconds) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("pgbench");
        Path script = dir.resolve("session_tx.sql");
        Files.writeString(script, resource("session_tx.sql"));
        ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2", "-T",
                Integer.toString(seconds), "-l", "--log-prefix=" + dir.resolve("log"), "-f", script.toString(), "-h", host,
                "-p", Integer.toString(port), "-U", user, database).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", password);
        pb.directory(dir.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<Long> latencies = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("log")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    latencies.add(Long.parseLong(line.split(" ")[2]) * 1000);
                }
            }
        }
        List<String> result = new ArrayList<>(out.lines().filter(l -> l.startsWith("tps") || l.startsWith("latency")
                || l.startsWith("number of transactions actually") || l.startsWith("number of failed")).toList());
        result.add("pgbench latency from its log: " + Latencies.of(latencies));
        return result;
    }
}
