package dev.limber.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * One scenario's browser tab on the portal, in a fresh profile (nobody signed in), with the steps a user takes
 * through Keycloak's own login page. {@link #step} saves a numbered screenshot; signing in and out save theirs.
 */
public final class Portal implements AutoCloseable {

    /** The portal's address on the stack under test. */
    public static final String URL = LimberStack.PORTAL;
    /** Keycloak's login form for the realm "limber" (the authorization endpoint renders it). */
    public static final Pattern KEYCLOAK_LOGIN =
            Pattern.compile("^" + literal(LimberStack.REALM + "/protocol/openid-connect/auth") + "\\?.*");
    private static final Pattern SIGNED_OUT = Pattern.compile("^" + literal(URL + "/signed-out") + "(\\?.*)?$");
    private static final Pattern PORTAL_PAGE = Pattern.compile("^" + literal(URL) + "/(?!callback).*");

    private final BrowserContext context;
    private final Page page;
    private final ScenarioEvidence evidence;
    private boolean traceSaved;

    Portal(BrowserContext context, ScenarioEvidence evidence) {
        this.context = context;
        this.evidence = evidence;
        ScenarioEvidence.startTrace(context);
        this.page = context.newPage();
    }

    /** The tab, for anything the helpers here do not cover. */
    public Page page() {
        return page;
    }

    /** Opens a portal path such as {@code /therapist}; the response is the page's own, after redirects. */
    public Response open(String path) {
        return page.navigate(URL + path);
    }

    /**
     * Opens {@code path} and checks the portal answers 404 with its "Page not found" page, and that
     * {@code mustNotShow} (a name that would give the other record away) appears nowhere in the page's main content.
     */
    public void assertNotFound(String path, String mustNotShow) {
        Response response = open(path);
        assertEquals(404, response.status(), path + " is not found for this user");
        assertThat(heading()).hasText("Page not found");
        assertThat(page.locator("main")).not().containsText(mustNotShow);
    }

    /** Opens the portal's start page and signs in there; the portal then shows the user's landing page. */
    public void signInAs(DemoUser user) {
        open("/");
        signIn(user);
    }

    /**
     * Signs in on the Keycloak login page the tab shows now (the portal sent it there), and waits until
     * Keycloak has sent the browser back to the page the portal was asked for.
     */
    public void signIn(DemoUser user) {
        assertThat(page).hasURL(KEYCLOAK_LOGIN);
        page.locator("#username").fill(user.username());
        page.locator("#password").fill(user.password());
        step("keycloak login for " + user.username());
        page.locator("#kc-login").click();
        try {
            page.waitForURL(PORTAL_PAGE);
        } catch (TimeoutError e) {
            throw new AssertionError("Signing in as " + user.username() + " did not return to the portal; the tab"
                    + " shows " + page.url() + ": " + visibleAlert(), e);
        }
        step("signed in as " + user.username());
    }

    /** Signs out with the portal's own link, which ends the Keycloak session too. */
    public void signOut() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign out")).click();
        // Keycloak sends the browser back with the state the portal gave it: /signed-out?state=...
        page.waitForURL(SIGNED_OUT);
        assertThat(heading()).hasText("You are signed out");
        step("signed out");
    }

    /**
     * A regular expression matching {@code text} exactly. Playwright evaluates patterns in the browser as
     * JavaScript regular expressions, which know no {@code \Q...\E}, so {@link Pattern#quote} cannot be used.
     */
    public static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** The page's main heading. */
    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** Saves a screenshot of the tab as the scenario's next numbered step. */
    public void step(String name) {
        evidence.screenshot(page, name);
    }

    void recordFailure(Throwable cause) {
        evidence.failure(page, context, cause);
        traceSaved = true;
    }

    private String visibleAlert() {
        Locator alert = page.locator("[role=alert], .alert-error, #input-error");
        return alert.count() == 0 ? "(no error shown)" : alert.first().innerText().strip();
    }

    @Override
    public void close() {
        try {
            if (!traceSaved) {
                context.tracing().stop();
            }
        } finally {
            context.close();
        }
    }
}
