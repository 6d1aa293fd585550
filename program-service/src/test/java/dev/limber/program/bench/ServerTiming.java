package dev.limber.program.bench;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Server-side latency for benchmarks: from the moment the HTTP router sees a request until its response has
 * been written (security, deserialisation, the resource, the database and serialisation included). Requests
 * are grouped by the {@code X-Bench-Type} header the benchmark client sends. Present only in the benchmark
 * test profile ({@link BenchProfile}), so ordinary tests run without it.
 */
@ApplicationScoped
@IfBuildProperty(name = "limber.bench.server-timing", stringValue = "true")
public class ServerTiming {

    static final String TYPE_HEADER = "X-Bench-Type";

    private static final Map<String, ConcurrentLinkedQueue<Long>> SAMPLES = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String type = ctx.request().getHeader(TYPE_HEADER);
            if (type != null) {
                long start = System.nanoTime();
                ctx.addEndHandler(done -> SAMPLES.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>())
                        .add(System.nanoTime() - start));
            }
            ctx.next();
        });
    }

    /** Samples (nanoseconds) recorded since the last call, by request type; clears them. */
    static Map<String, List<Long>> drain() {
        Map<String, List<Long>> out = new ConcurrentHashMap<>();
        SAMPLES.forEach((type, queue) -> {
            List<Long> list = new ArrayList<>();
            Long v;
            while ((v = queue.poll()) != null) {
                list.add(v);
            }
            out.put(type, list);
        });
        return out;
    }
}
