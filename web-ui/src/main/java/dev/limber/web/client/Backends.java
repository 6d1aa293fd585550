package dev.limber.web.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
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
                throw new BackendUnavailableException(backend, e);
            }
            throw e;
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(backend, e);
        }
    }
}
