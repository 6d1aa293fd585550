package dev.limber.program.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** What a benchmark prints, also kept in target/benchmarks/ so a run's figures can be quoted afterwards. */
final class Report {

    private final StringBuilder text = new StringBuilder();
    private final String name;

    Report(String name) {
        this.name = name;
    }

    void line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
        System.out.println(line);
        text.append(line).append('\n');
    }

    /** The 1, 5 and 15 minute load averages of the machine: other builds may share its two cores. */
    static String load() {
        try {
            return "loadavg " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "loadavg unavailable";
        }
    }

    void save() {
        try {
            Path dir = Path.of("target", "benchmarks");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
            Files.writeString(file, text);
            System.out.println("Report written to " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
