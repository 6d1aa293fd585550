package dev.limber.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Tracing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a scenario leaves under target/screenshots/&lt;class&gt;/&lt;method&gt;/: a numbered screenshot per step
 * ({@code 01-signed-in-as-tara.png}) and, when it fails, a screenshot and the HTML of the page it failed on and
 * a Playwright trace of the whole scenario.
 */
final class ScenarioEvidence {

    private final Path folder;
    private int steps;

    ScenarioEvidence(Path folder) throws IOException {
        // A scenario's folder holds this run only, never a mix with an older run's steps.
        deleteRecursively(folder);
        this.folder = Files.createDirectories(folder);
    }

    /** Records every action of the context; only kept (as trace.zip) if the scenario fails. */
    static void startTrace(BrowserContext context) {
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true));
    }

    Path screenshot(Page page, String step) {
        Path file = next(step, "png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Saves the failing page (screenshot, HTML) and the trace; a problem doing so never hides the failure. */
    void failure(Page page, BrowserContext context, Throwable cause) {
        try {
            Path screenshot = next("failed", "png");
            Files.writeString(screenshot.resolveSibling(screenshot.getFileName().toString().replace(".png", ".html")),
                    page.content());
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            context.tracing().stop(new Tracing.StopOptions().setPath(folder.resolve("trace.zip")));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        System.err.println("Failed on " + page.url() + "; screenshot, page HTML and trace (open trace.zip at"
                + " https://trace.playwright.dev) in " + folder);
    }

    private Path next(String step, String extension) {
        String name = step.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return folder.resolve(String.format("%02d-%s.%s", ++steps, name, extension));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
