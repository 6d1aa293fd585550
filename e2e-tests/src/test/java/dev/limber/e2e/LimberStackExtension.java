package dev.limber.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the stack before the first end-to-end class and stops it after the last one of the run. */
final class LimberStackExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LimberStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store outlives every class and closes what it holds when the whole run ends.
        context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("stack", key -> StartedOnce.start(LimberStack::startOrFind), StartedOnce.class)
                .get();
    }
}
