package dev.limber.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts the stack's processes, waits until each answers, and stops exactly what it started. */
final class Supervisor {

    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path logs;
    private boolean stopping;

    Supervisor(Path logs) throws IOException {
        this.logs = Files.createDirectories(logs);
    }

    /** Starts a process, unless the stack is already stopping (then nothing would stop it again). */
    synchronized Process start(String name, List<String> command, Path workingDirectory, Map<String, String> env)
            throws IOException {
        if (stopping) {
            throw new IllegalStateException("Limber is stopping; " + name + " was not started");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logs.resolve(name + ".log").toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** Polls {@code url} until it answers 200; fails early, with the log's tail, if the process dies. */
    void awaitReady(String name, Process process, String url, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + tail(name));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s:\n" + tail(name));
    }

    /** Stops every started process and its children (Keycloak's script starts a JVM), newest first. */
    void stopAll() {
        synchronized (this) {
            stopping = true;
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        started.clear();
    }

    Path log(String name) {
        return logs.resolve(name + ".log");
    }

    private String tail(String name) throws IOException {
        List<String> lines = Files.readAllLines(log(name));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
