package dev.limber.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs the whole of Limber on one machine: one PostgreSQL server (a database and owner per
 * service), a real Keycloak with the demo realm, and the three services, each waited for until
 * healthy. Ctrl-C stops everything it started, and nothing else. See the README's run command.
 */
public final class LocalStack {

    static final String KEYCLOAK_VERSION = "26.7.3";
    static final int KEYCLOAK_PORT = 8180;
    static final String REALM_URL = "http://localhost:" + KEYCLOAK_PORT + "/realms/limber";
    static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** Keycloak's first start on a new checkout builds it, then creates its schema: minutes on a busy machine. */
    static final Duration KEYCLOAK_START_TIMEOUT = Duration.ofMinutes(8);

    /** A Limber service as the launcher runs it: its HTTP port, and its management port (health, metrics). */
    record Service(String name, int port, int managementPort, String database) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("catalog-service", 8081, 9081, "catalog"),
            new Service("program-service", 8082, 9082, "program"),
            new Service("web-ui", 8080, 9080, null));

    private final Path root;
    private final Path data;
    private final int postgresPort;
    private final Supervisor supervisor;

    LocalStack(Path root, Path data, int postgresPort) throws IOException {
        this.root = root;
        this.data = data;
        this.postgresPort = postgresPort;
        this.supervisor = new Supervisor(data.resolve("logs"));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Paths.get(System.getProperty("limber.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".data/local");
        boolean reset = false;
        int postgresPort = 15432;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reset" -> reset = true;
                case "--data" -> data = Paths.get(args[++i]).toAbsolutePath();
                case "--postgres-port" -> postgresPort = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("Unknown option " + args[i] + "; options: --reset, --data DIR, --postgres-port N");
                    System.exit(2);
                }
            }
        }
        if (reset) {
            deleteRecursively(data);
        }
        new LocalStack(root, data, postgresPort).run();
    }

    void run() throws Exception {
        Instant begin = Instant.now();
        LocalSecrets secrets = new LocalSecrets(data.resolve("secrets.properties"));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<LocalDatabase> started = new AtomicReference<>();
        // Registered before anything starts, so a Ctrl-C or SIGTERM while starting stops what is already up.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Limber...");
            supervisor.stopAll();
            LocalDatabase running = started.getAndSet(null);
            if (running != null) {
                try {
                    running.close();
                } catch (IOException e) {
                    System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }
            stopped.countDown();
        }));
        LocalDatabase database;
        try {
            database = LocalDatabase.start(data.resolve("postgres"), postgresPort);
            started.set(database);
        } catch (IOException e) {
            System.err.println("Limber could not start PostgreSQL on port " + postgresPort + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            database.ensureDatabase("keycloak", secrets.get("keycloak.db.password"));
            for (Service s : SERVICES) {
                if (s.database() != null) {
                    database.ensureDatabase(s.database(), secrets.get(s.database() + ".db.password"));
                }
            }
            startKeycloak(database, secrets);
            // The services start side by side (they only need Keycloak and their own database).
            Map<Service, Process> processes = new LinkedHashMap<>();
            for (Service s : SERVICES) {
                processes.put(s, startService(s, database, secrets));
            }
            for (Map.Entry<Service, Process> p : processes.entrySet()) {
                supervisor.awaitReady(p.getKey().name(), p.getValue(),
                        "http://localhost:" + p.getKey().managementPort() + "/q/health/ready", START_TIMEOUT);
            }
            if (database.loadDemoData("program", root.resolve("deploy/local/demo"))) {
                System.out.println("Loaded the demo clinics (first start of this data folder).");
            }
        } catch (Exception e) {
            System.err.println("Limber could not start: " + e.getMessage());
            System.exit(1);
        }
        printWelcome(Duration.between(begin, Instant.now()));
        stopped.await();
    }

    private void startKeycloak(LocalDatabase database, LocalSecrets secrets) throws Exception {
        Path home = unpackKeycloak();
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(root.resolve("deploy/keycloak/limber-realm.json"), imports.resolve("limber-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.get("keycloak.admin.password"));
        env.put("LIMBER_WEB_UI_CLIENT_SECRET", secrets.get("web-ui.client.secret"));
        env.put("KC_DB_PASSWORD", secrets.get("keycloak.db.password"));
        List<String> command = List.of("bin/kc.sh", "start-dev", "--http-port", String.valueOf(KEYCLOAK_PORT),
                "--import-realm", "--db", "postgres", "--db-url", database.jdbcUrl("keycloak"),
                "--db-username", "keycloak");
        System.out.println("Starting Keycloak " + KEYCLOAK_VERSION + " on port " + KEYCLOAK_PORT
                + " (the very first start builds it, about a minute)...");
        Process keycloak = supervisor.start("keycloak", command, home, env);
        supervisor.awaitReady("keycloak", keycloak, REALM_URL + "/.well-known/openid-configuration",
                KEYCLOAK_START_TIMEOUT);
    }

    private Process startService(Service service, LocalDatabase database, LocalSecrets secrets) throws Exception {
        Path jar = root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw package -DskipTests first");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(service.managementPort()));
        // Readable log files on one machine; production logs JSON.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", REALM_URL);
        if (service.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", service.database());
            env.put("QUARKUS_DATASOURCE_PASSWORD", secrets.get(service.database() + ".db.password"));
        }
        switch (service.name()) {
            case "program-service" -> {
                env.put("QUARKUS_REST_CLIENT_CATALOG_URL", "http://localhost:8081");
            }
            case "web-ui" -> {
                // Production settings, less what needs TLS (secure cookies, HSTS): the stack runs on plain http.
                env.put("QUARKUS_PROFILE", "prod,local");
                env.put("QUARKUS_OIDC_CLIENT_ID", "web-ui");
                env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", secrets.get("web-ui.client.secret"));
                env.put("QUARKUS_REST_CLIENT_CATALOG_URL", "http://localhost:8081");
                env.put("QUARKUS_REST_CLIENT_PROGRAM_URL", "http://localhost:8082");
            }
            default -> {
            }
        }
        System.out.println("Starting " + service.name() + " on port " + service.port() + " (health and metrics on "
                + service.managementPort() + ")...");
        return supervisor.start(service.name(),
                List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()),
                root, env);
    }

    /**
     * Unpacks the Keycloak distribution that Maven downloaded next to it, once per build of this launcher, so
     * its slow first-start build (one to two minutes) is not repeated for every fresh data folder. Keycloak keeps
     * all its state in its PostgreSQL database; its own data/ folder holds only the realm to import and scratch
     * files, emptied at every start so a new data folder really starts from nothing.
     */
    private Path unpackKeycloak() throws IOException {
        Path home = root.resolve("deploy/local/target/keycloak-" + KEYCLOAK_VERSION);
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            deleteRecursively(home.resolve("data"));
            return home;
        }
        Path zip = root.resolve("deploy/local/target/dist/keycloak-quarkus-dist-" + KEYCLOAK_VERSION + ".zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = home.resolve(name).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("Unexpected entry in the Keycloak archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return home;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private void printWelcome(Duration took) {
        System.out.printf("""

                Limber is running (started in %d s). Open the portal: http://localhost:8080

                Demo sign-ins (demo realm only):
                  therapist     tara / tara-limber-demo    (clinic A)
                  clinic admin  ada  / ada-limber-demo     (clinic A)
                  patients      pat  / pat-limber-demo, paul / paul-limber-demo (clinic A)
                  therapist     olga / olga-limber-demo    (clinic B)
                  patient       pia  / pia-limber-demo     (clinic B)

                APIs (OpenAPI): http://localhost:8081/q/openapi and http://localhost:8082/q/openapi
                Health and metrics: /q/health and /q/metrics on ports 9080 (web-ui), 9081 (catalog), 9082 (program)
                Keycloak realm: %s
                Data: %s (logs in logs/). Press Ctrl-C to stop everything.
                """, took.toSeconds(), REALM_URL, data);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
