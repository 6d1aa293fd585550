package dev.limber.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** One real PostgreSQL server for the whole local stack, with a database and an owner per service. */
final class LocalDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private LocalDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Starts the server on its data folder, which survives restarts (initialised on first start). */
    static LocalDatabase start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setRegisterShutdownHook(false)
                .start();
        return new LocalDatabase(postgres, port);
    }

    /** Creates the owner role and the database if missing, and (re)sets the owner's password. */
    void ensureDatabase(String name, String password) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            boolean roleExists;
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    roleExists = rs.next();
                }
            }
            try (Statement s = c.createStatement()) {
                // Names are fixed identifiers of this launcher; the password is base64url, no quotes.
                s.execute((roleExists ? "ALTER ROLE " : "CREATE ROLE ") + name + " LOGIN PASSWORD '" + password + "'");
            }
            boolean dbExists;
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    dbExists = rs.next();
                }
            }
            if (!dbExists) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name + " OWNER " + name);
                }
            }
        }
    }

    /**
     * Loads the demo data into a service's database once: the scripts (in name order) run in one
     * transaction, only while the database holds no patient yet, so a restart never loads them twice.
     */
    boolean loadDemoData(String database, Path folder) throws SQLException, IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
        try (Connection c = postgres.getDatabase("postgres", database).getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM patient")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (Path script : scripts) {
                    s.execute(Files.readString(script));
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        return true;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
