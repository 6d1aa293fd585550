package dev.limber.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The portal's only way to catalog-service: a 2 s timeout, one retry (reads only), a circuit breaker,
 * and every failure turned into {@link BackendUnavailableException} so a page can say what is missing.
 * A 4xx answer is the catalog's word (e.g. unknown exercise) and is not retried.
 */
@ApplicationScoped
@BackendCall(CatalogClient.NAME)
public class CatalogClient {

    static final String NAME = "The exercise catalog";

    private final CatalogApi api;

    public CatalogClient(@RestClient CatalogApi api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public CatalogRecords.ExercisePage search(String q, List<String> region, List<String> muscle, String position,
            List<String> exclude, int page, int size) {
        return call(() -> api.search(q, region, muscle, position, exclude, page, size));
    }

    /** The exercise, or empty when the catalog has no such slug. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public Optional<CatalogRecords.Exercise> exercise(String slug) {
        try {
            return Optional.of(call(() -> api.exercise(slug)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public CatalogRecords.Vocabulary vocabulary() {
        return call(api::vocabulary);
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public List<CatalogRecords.TemplateSummary> templates() {
        return call(api::templates);
    }

    /** Adds an exercise (not retried: a lost answer must not add it twice). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {WebApplicationException.class, RejectedException.class})
    public CatalogRecords.Exercise create(dev.limber.web.form.ExerciseForm.Input input) {
        return Backends.change(NAME, () -> api.create(input));
    }

    /** Writes the next version of an exercise; a stale {@code version} is refused (409). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {WebApplicationException.class, RejectedException.class})
    public CatalogRecords.Exercise update(String slug, dev.limber.web.form.ExerciseForm.Input input) {
        return Backends.change(NAME, () -> api.update(slug, input));
    }

    private static <T> T call(Supplier<T> request) {
        return Backends.call(NAME, request);
    }
}
