package dev.limber.catalog.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of this JVM, of its HTTP client threads and of the PostgreSQL server (the postmaster and its
 * children, read from /proc), so the benchmark can say whether a search costs its time in the service or in
 * the database. Linux only; backends that exit during a phase are lost (the pool keeps them open).
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/[pid]/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(long jvmNanos, long httpClientNanos, long postgresNanos) {
    }

    private final long postmaster;

    CpuMeter(long backendPid) {
        this.postmaster = field(backendPid, 3);
    }

    /**
     * {@code clientThreadNanos}: CPU the benchmark's client threads reported themselves; the selector threads
     * of java.net.http ("HttpClient-...") are added here, so what is left of the JVM is the service.
     */
    Snapshot snapshot(long clientThreadNanos) {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long selectors = 0;
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            if (info.getThreadName().startsWith("HttpClient-")) {
                selectors += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid == postmaster || field(pid, 3) == postmaster) {
                    ticks += field(pid, 13) + field(pid, 14);
                }
            }
        } catch (IOException e) {
            return new Snapshot(jvm, clientThreadNanos + selectors, -1);
        }
        return new Snapshot(jvm, clientThreadNanos + selectors, (long) (ticks / TICKS_PER_SECOND * 1e9));
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
