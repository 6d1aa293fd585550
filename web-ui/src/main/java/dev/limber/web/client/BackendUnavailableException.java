package dev.limber.web.client;

/** A backend did not answer in time or is failing; pages show what is unavailable and keep the rest. */
public class BackendUnavailableException extends RuntimeException {

    private final String backend;

    public BackendUnavailableException(String backend, Throwable cause) {
        super(backend + " is unavailable", cause);
        this.backend = backend;
    }

    public String backend() {
        return backend;
    }
}
