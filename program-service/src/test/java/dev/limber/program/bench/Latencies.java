package dev.limber.program.bench;

import java.util.Collection;
import java.util.Locale;

/** Nearest-rank percentiles of a set of latencies given in nanoseconds, reported in milliseconds. */
record Latencies(long count, double p50, double p95, double p99, double max) {

    static Latencies of(Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latencies(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.95)), ms(rank(sorted, 0.99)),
                ms(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    String format() {
        return String.format(Locale.ROOT, "n=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f ms", count, p50, p95, p99, max);
    }

    @Override
    public String toString() {
        return format();
    }
}
