package dev.limber.catalog.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The benchmark boot: the test configuration plus server-side timing ({@link ServerTiming}), with the result
 * cache off so that every request runs the search.
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("limber.bench.server-timing", "true", "limber.catalog.search.cached-pages", "0");
    }
}
