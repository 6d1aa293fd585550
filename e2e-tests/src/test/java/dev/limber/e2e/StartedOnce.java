package dev.limber.e2e;

import java.util.concurrent.Callable;

/**
 * Something started once per test run (the stack, the browser), or why it could not start: every test class
 * then fails at once with the same reason instead of trying again for minutes.
 */
final class StartedOnce<T extends AutoCloseable> implements AutoCloseable {

    private final T value;
    private final Exception failure;

    private StartedOnce(T value, Exception failure) {
        this.value = value;
        this.failure = failure;
    }

    static <T extends AutoCloseable> StartedOnce<T> start(Callable<T> starter) {
        try {
            return new StartedOnce<>(starter.call(), null);
        } catch (Exception e) {
            return new StartedOnce<>(null, e);
        }
    }

    T get() {
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        return value;
    }

    @Override
    public void close() throws Exception {
        if (value != null) {
            value.close();
        }
    }
}
