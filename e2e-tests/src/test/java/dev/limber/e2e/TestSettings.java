package dev.limber.e2e;

import java.nio.file.Path;
import java.nio.file.Paths;

/** What the build tells the browser tests (e2e-tests/pom.xml sets each as a system property). */
final class TestSettings {

    private TestSettings() {
    }

    /** The checkout whose packaged services and launcher are started. */
    static Path limberRoot() {
        return Paths.get(System.getProperty("limber.root", "..")).toAbsolutePath().normalize();
    }

    /** This module's build folder: stack log and data, screenshots. */
    static Path target() {
        return Paths.get(System.getProperty("limber.e2e.target", "target")).toAbsolutePath().normalize();
    }

    static Path chromium() {
        return Paths.get(System.getProperty("limber.e2e.chromium", "/usr/bin/chromium"));
    }

    static int postgresPort() {
        return Integer.parseInt(System.getProperty("limber.e2e.postgres-port", "15433"));
    }

    /** Test a stack that deploy/local/run.sh already runs, instead of starting a fresh one. */
    static boolean useRunningStack() {
        return Boolean.parseBoolean(System.getProperty("limber.e2e.use-running-stack", "false"));
    }
}
