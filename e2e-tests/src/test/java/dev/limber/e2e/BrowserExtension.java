package dev.limber.e2e;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium for the whole run, a fresh {@link Portal} for each test method that asks for one, and on failure
 * the evidence (screenshot, HTML, trace) saved while the failing page is still open.
 */
final class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback,
        AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String PORTAL = "portal";

    static {
        // Pages render server-side in well under a second; the margin covers a cold JVM's first requests.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Portal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Path folder = TestSettings.target().resolve("screenshots")
                .resolve(context.getRequiredTestClass().getSimpleName())
                .resolve(context.getRequiredTestMethod().getName());
        ScenarioEvidence evidence;
        try {
            evidence = new ScenarioEvidence(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare " + folder, e);
        }
        Portal portal = new Portal(chromium(context).newContext(), evidence);
        context.getStore(NAMESPACE).put(PORTAL, portal);
        return portal;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Portal portal = context.getStore(NAMESPACE).get(PORTAL, Portal.class);
        if (portal != null && context.getExecutionException().isPresent()) {
            portal.recordFailure(context.getExecutionException().get());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Portal portal = context.getStore(NAMESPACE).remove(PORTAL, Portal.class);
        if (portal != null) {
            portal.close();
        }
    }

    private static Chromium chromium(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        StartedOnce<Chromium> chromium = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("chromium", key -> StartedOnce.start(Chromium::launch), StartedOnce.class);
        return chromium.get();
    }
}
