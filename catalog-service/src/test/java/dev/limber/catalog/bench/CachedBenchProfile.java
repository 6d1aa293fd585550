package dev.limber.catalog.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The benchmark boot with the result cache as configured for production. */
public class CachedBenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("limber.bench.server-timing", "true");
    }
}
