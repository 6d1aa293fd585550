package dev.limber.program.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The benchmark boot: the test configuration plus server-side timing ({@link ServerTiming}). */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("limber.bench.server-timing", "true");
    }
}
