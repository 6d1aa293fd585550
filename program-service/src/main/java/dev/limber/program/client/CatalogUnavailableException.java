package dev.limber.program.client;

/** catalog-service could not answer (down, slow, circuit open); the API turns it into a 503 problem. */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(Throwable cause) {
        super("The exercise catalog is unavailable; try again shortly", cause);
    }
}
