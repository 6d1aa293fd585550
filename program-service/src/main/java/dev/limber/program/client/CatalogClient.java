package dev.limber.program.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one way into catalog-service: a timeout, retries (every call is a GET, so safe to repeat), a circuit
 * breaker, and a fallback that turns any failure into {@link CatalogUnavailableException}. "Not found" is an
 * answer, not a failure: it comes back as an empty Optional and never trips the breaker.
 */
@ApplicationScoped
public class CatalogClient {

    /** Breaker names, for metrics and for tests that reset them. */
    public static final String EXERCISE_BREAKER = "catalog-exercise";
    public static final String TEMPLATE_BREAKER = "catalog-template";

    private static final Logger LOG = Logger.getLogger(CatalogClient.class);

    private final CatalogApi api;

    public CatalogClient(@RestClient CatalogApi api) {
        this.api = api;
    }

    /** The given version of an exercise, or its current one when {@code version} is null. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    @CircuitBreakerName(EXERCISE_BREAKER)
    @Fallback(fallbackMethod = "exerciseUnavailable")
    public Optional<CatalogExercise> exercise(String slug, Integer version) {
        return orEmptyIfMissing(() -> version == null ? api.currentExercise(slug) : api.exerciseVersion(slug, version));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000)
    @CircuitBreakerName(TEMPLATE_BREAKER)
    @Fallback(fallbackMethod = "templateUnavailable")
    public Optional<CatalogTemplate> template(String slug) {
        return orEmptyIfMissing(() -> api.template(slug));
    }

    Optional<CatalogExercise> exerciseUnavailable(String slug, Integer version, Throwable failure) {
        LOG.warnf("catalog-service unavailable while reading exercise %s: %s", slug, failure.toString());
        throw new CatalogUnavailableException(failure);
    }

    Optional<CatalogTemplate> templateUnavailable(String slug, Throwable failure) {
        LOG.warnf("catalog-service unavailable while reading template %s: %s", slug, failure.toString());
        throw new CatalogUnavailableException(failure);
    }

    private static <T> Optional<T> orEmptyIfMissing(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
