package dev.limber.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The whole of Limber, started exactly as the run command starts it (deploy/local/run.sh runs the same launcher
 * jar) but on fresh data: --reset, its own data folder under target/ and its own PostgreSQL port. Stopped like
 * Ctrl-C stops it: SIGTERM to the launcher, which stops Keycloak, PostgreSQL and the three services.
 */
final class LimberStack implements AutoCloseable {

    static final String PORTAL = "http://localhost:8080";
    /** web-ui's management port: health and metrics are not on the portal's own port. */
    static final String PORTAL_MANAGEMENT = "http://localhost:9080";
    static final String KEYCLOAK = "http://localhost:8180";
    static final String REALM = KEYCLOAK + "/realms/limber";

    /** Printed by the launcher once every health check answered and the demo data is loaded. */
    private static final String READY = "Limber is running";
    /**
     * A backstop only: the launcher gives up by itself (Keycloak 8 minutes, each service 4) and says why. A first
     * start on a new checkout builds Keycloak, about 3 minutes on two cores; later starts take about 75 s.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final List<Integer> FIXED_PORTS = List.of(8080, 8081, 8082, 8180, 9080, 9081, 9082);
    private static final List<String> SERVICES = List.of("catalog-service", "program-service", "web-ui");

    private final Process launcher;
    private final Path log;
    private final Path data;
    private final Thread stopOnExit = new Thread(this::stop, "stop-limber-stack");

    private LimberStack(Process launcher, Path log, Path data) {
        this.launcher = launcher;
        this.log = log;
        this.data = data;
    }

    /** The stack this run tests: a fresh one, or with -Dlimber.e2e.use-running-stack=true the one already up. */
    static LimberStack startOrFind() throws IOException, InterruptedException {
        return TestSettings.useRunningStack() ? findRunning() : start();
    }

    private static LimberStack start() throws IOException, InterruptedException {
        Path root = TestSettings.limberRoot();
        Path jar = root.resolve("deploy/local/target/limber-local.jar");
        List<Path> needed = new ArrayList<>(List.of(jar));
        SERVICES.forEach(s -> needed.add(root.resolve(s).resolve("target/quarkus-app/quarkus-run.jar")));
        for (Path file : needed) {
            if (!Files.exists(file)) {
                throw new IllegalStateException(file + " is missing. The browser tests run the packaged services and"
                        + " the local-stack launcher: run ./mvnw verify at the root, or ./mvnw package -DskipTests"
                        + " before ./mvnw verify -pl e2e-tests (docs/testing.md).");
            }
        }
        int postgresPort = TestSettings.postgresPort();
        List<Integer> ports = new ArrayList<>(FIXED_PORTS);
        ports.add(postgresPort);
        List<Integer> busy = ports.stream().filter(LimberStack::inUse).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports " + busy + " are in use. The browser tests start the whole stack"
                    + " on ports 8080, 8081, 8082, 8180, 9080, 9081, 9082 and " + postgresPort + ": stop"
                    + " deploy/local/run.sh (or whatever else listens there) first, or test it with"
                    + " -Dlimber.e2e.use-running-stack=true.");
        }

        Path target = Files.createDirectories(TestSettings.target());
        Path log = target.resolve("stack.log");
        Path data = target.resolve("stack-data");
        List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlimber.root=" + root, "-jar", jar.toString(),
                "--reset", "--data", data.toString(), "--postgres-port", String.valueOf(postgresPort));
        System.out.println("Starting the Limber stack from " + root + " (log: " + log + ")...");
        Instant begin = Instant.now();
        Process launcher = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        LimberStack stack = new LimberStack(launcher, log, data);
        Runtime.getRuntime().addShutdownHook(stack.stopOnExit);
        try {
            stack.awaitReady(begin);
            System.out.printf("Limber stack ready in %d s; warming up its backends.%n",
                    Duration.between(begin, Instant.now()).toSeconds());
            new BackendWarmUp().run();
        } catch (RuntimeException | InterruptedException e) {
            stack.close();
            throw e;
        }
        System.out.printf("Limber stack started and warm in %d s.%n", Duration.between(begin, Instant.now()).toSeconds());
        return stack;
    }

    private static LimberStack findRunning() {
        HttpClient http = HttpClient.newHttpClient();
        for (String url : List.of(PORTAL_MANAGEMENT + "/q/health/ready", REALM + "/.well-known/openid-configuration")) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    throw new IllegalStateException(url + " answered " + status);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                throw new IllegalStateException("-Dlimber.e2e.use-running-stack=true, but no healthy stack answers at "
                        + url + " (" + e.getMessage() + "). Start it with deploy/local/run.sh --reset.", e);
            }
        }
        System.out.println("Testing the Limber stack that is already running.");
        return new LimberStack(null, null, null);
    }

    private void awaitReady(Instant begin) throws IOException, InterruptedException {
        Instant deadline = begin.plus(START_TIMEOUT);
        while (!Files.readString(log).contains(READY)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The Limber stack did not start (launcher exit code "
                        + launcher.exitValue() + "). Last lines of " + log + ":\n" + tail() + "\nEach component"
                        + " logs to " + data.resolve("logs"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The Limber stack was not ready within " + START_TIMEOUT.toMinutes()
                        + " minutes. Last lines of " + log + ":\n" + tail() + "\nEach component logs to "
                        + data.resolve("logs"));
            }
            Thread.sleep(500);
        }
    }

    /** The last lines the launcher printed, for failure messages. */
    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is running or about to run stop() itself
        }
        stop();
    }

    /** Stops the launcher as Ctrl-C would, then makes sure nothing it started outlives it. */
    private synchronized void stop() {
        if (!launcher.isAlive()) {
            return;
        }
        Instant begin = Instant.now();
        launcher.destroy();
        try {
            if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println("The launcher did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it"
                        + " and what it started.");
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            stopOrphanedPostgres();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Integer> stillOpen = FIXED_PORTS.stream().filter(LimberStack::inUse).toList();
        if (!stillOpen.isEmpty()) {
            System.err.println("After stopping the stack, ports " + stillOpen + " still answer; see " + log);
        }
        System.out.printf("Limber stack stopped in %d s.%n", Duration.between(begin, Instant.now()).toSeconds());
    }

    /** PostgreSQL runs detached from the launcher; if the launcher had to be killed, stop it by its pid file. */
    private void stopOrphanedPostgres() throws InterruptedException {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        Optional<ProcessHandle> postgres;
        try {
            postgres = Files.exists(pidFile)
                    ? ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (postgres.isPresent() && postgres.get().info().command().orElse("").endsWith("postgres")) {
            System.err.println("PostgreSQL outlived the launcher; stopping it (pid " + postgres.get().pid() + ").");
            postgres.get().destroy();
            postgres.get().onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    private static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException free) {
            return false;
        }
    }
}
