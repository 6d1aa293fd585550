package dev.limber.program.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by the PostgreSQL server (the postmaster's children, read from /proc), so a
 * benchmark can say where the two cores went. Linux only; PostgreSQL processes that exit during a phase are lost.
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/[pid]/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(long jvmNanos, long postgresNanos) {
    }

    private final long postmaster;

    CpuMeter(long backendPid) {
        this.postmaster = field(backendPid, 3);
    }

    Snapshot snapshot() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid == postmaster || field(pid, 3) == postmaster) {
                    ticks += field(pid, 13) + field(pid, 14);
                }
            }
        } catch (IOException e) {
            return new Snapshot(jvm, -1);
        }
        return new Snapshot(jvm, (long) (ticks / TICKS_PER_SECOND * 1e9));
    }

    /** A field of /proc/[pid]/stat, counted from 0 after the command name; -1 if the process is gone. */
    private static long field(long pid, int index) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(rest[index - 2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
