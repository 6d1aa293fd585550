package dev.limber.web.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** Classifies backend failures: a 4xx is the backend's answer, anything else means it is unavailable. */
final class Backends {

    private Backends() {
    }

    static <T> T call(String backend, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                // Not e as the cause: the fault-tolerance guards read causes too, and would take a 5xx for an
                // answer (abortOn, skipOn WebApplicationException), so it would be neither retried nor counted.
                throw new BackendUnavailableException(backend,
                        new ProcessingException(backend + " answered " + e.getResponse().getStatus()));
            }
            throw e;
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(backend, e);
        }
    }

    /** A change: like {@link #call}, and a refusal becomes a {@link RejectedException} carrying the backend's reasons. */
    static <T> T change(String backend, Supplier<T> request) {
        try {
            return call(backend, request);
        } catch (WebApplicationException e) {
            throw new RejectedException(problem(e.getResponse()));
        }
    }

    private static Problem problem(Response response) {
        try {
            Problem p = response.readEntity(Problem.class);
            if (p != null) {
                return new Problem(p.title(), response.getStatus(), p.detail(), p.fieldErrors());
            }
        } catch (RuntimeException unreadable) {
            // Not a problem document: fall through to a generic one
        }
        return new Problem(response.getStatusInfo().getReasonPhrase(), response.getStatus(), null, List.of());
    }
}
