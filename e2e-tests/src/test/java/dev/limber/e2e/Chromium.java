package dev.limber.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, one browser for the whole run; each scenario gets its own context
 * (its own cookies, so nobody is signed in). Playwright never downloads a browser here.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Path executable = TestSettings.chromium();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium at " + executable
                    + " and it is missing. Install it as root with: apt-get update && apt-get install -y chromium"
                    + " (.ci/run does this on CI; see docs/testing.md). They never download a browser of their own.");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh, signed-out browser profile sized like a laptop screen, in the demo clinics' locale. */
    BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-GB").setTimezoneId("Europe/London"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
