package dev.limber.web.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.web.support.Backends;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URL;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in for real: the portal sends a signed-out visitor to the identity provider's login form, takes
 * them back to the page they asked for, keeps the session in cookies that scripts cannot read, and calls
 * the backends with the signed-in user's access token.
 */
@QuarkusTest
@TestProfile(SignInProfile.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(Backends.class)
class SignInFlowTest {

    @TestHTTPResource("/therapist")
    URL caseload;

    @BeforeEach
    void backends() {
        Backends.server().resetAll();
        Backends.server().stubFor(get(urlPathEqualTo("/program/api/caseload")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        [{"patientId":"a0000000-0000-4000-8000-000000000001","displayName":"Bea Calm",
                          "programId":null,"programStatus":"ACTIVE","last7DaysPercent":86,
                          "lastSessionAt":"2026-11-22T08:00:00Z","painTrend":"IMPROVING","openFlags":0,
                          "mostUrgentFlag":null}]""")));
    }

    static WebClient browser() {
        WebClient client = new WebClient();
        client.setCssErrorHandler(new SilentCssErrorHandler());
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setRedirectEnabled(true);
        return client;
    }

    static HtmlPage signIn(HtmlPage loginPage) throws Exception {
        HtmlForm form = loginPage.getFormByName("form");
        form.getInputByName("username").type("alice");
        form.getInputByName("password").type("alice");
        return form.getInputByValue("login").click();
    }

    @Test
    void aSignedOutVisitorSignsInAndLandsOnThePageTheyAskedFor() throws Exception {
        try (WebClient client = browser()) {
            HtmlPage login = client.getPage(caseload);
            assertFalse(login.getUrl().toString().startsWith(caseload.toString().replace("/therapist", "")),
                    "a signed-out visitor is sent to the identity provider, at " + login.getUrl());
            assertTrue(login.getUrl().toString().contains("/realms/quarkus"), "to the realm's authorization endpoint");

            HtmlPage page = signIn(login);

            assertEquals(caseload.toString(), page.getUrl().toString(), "back on the page first asked for");
            assertEquals("Caseload - Limber", page.getTitleText());
            assertTrue(page.asNormalizedText().contains("Bea Calm"), "the caseload from program-service");
            Backends.server().verify(getRequestedFor(urlPathEqualTo("/program/api/caseload"))
                    .withHeader("Authorization", matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+")));

            Cookie session = client.getCookieManager().getCookie("q_session");
            assertTrue(session != null && session.isHttpOnly(), "the session cookie is out of reach of scripts");
        }
    }

    @Test
    void theStartPageSendsATherapistToTheCaseload() throws Exception {
        try (WebClient client = browser()) {
            HtmlPage page = signIn(client.getPage(new URL(caseload, "/")));
            assertEquals(caseload.toString(), page.getUrl().toString());
        }
    }

    @Test
    void signingOutEndsThePortalSession() throws Exception {
        try (WebClient client = browser()) {
            signIn(client.getPage(caseload));
            client.getOptions().setThrowExceptionOnFailingStatusCode(false);
            client.getPage(new URL(caseload, "/logout"));
            assertTrue(client.getCookieManager().getCookie("q_session") == null, "the session cookie is gone");

            HtmlPage again = client.getPage(caseload);
            assertTrue(again.getUrl().toString().contains("/realms/quarkus"), "asked to sign in again");
        }
    }
}
