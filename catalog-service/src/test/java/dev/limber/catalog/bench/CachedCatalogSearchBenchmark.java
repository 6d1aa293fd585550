package dev.limber.catalog.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * {@link CatalogSearchBenchmark} with the result cache on, as in production: the same catalog, query mix and
 * phases, plus the cache's hit rate in each phase. The mix repeats 28 distinct searches, so after the first
 * round nearly every request is a hit: this measures the cached path, not a real hit rate.
 */
@QuarkusTest
@TestProfile(CachedBenchProfile.class)
@TestSecurity(user = "bench", roles = "therapist")
class CachedCatalogSearchBenchmark extends CatalogSearchBenchmark {

    @Override
    String reportName() {
        return "catalog-search-cached";
    }

    @Override
    boolean cached() {
        return true;
    }
}
