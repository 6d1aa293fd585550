package dev.limber.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Passwords and client secrets of one local stack: generated at random on first start and kept in
 * the data folder (owner-only), so nothing secret is ever written into the repository.
 */
final class LocalSecrets {

    private final Path file;
    private final Properties values = new Properties();
    private final SecureRandom random = new SecureRandom();

    LocalSecrets(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                values.load(in);
            }
        }
    }

    String get(String name) throws IOException {
        String value = values.getProperty(name);
        if (value == null) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            values.setProperty(name, value);
            save();
        }
        return value;
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            values.store(out, "Generated secrets of the local Limber stack; delete the data folder to renew them");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
