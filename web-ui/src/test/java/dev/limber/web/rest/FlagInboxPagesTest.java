package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.limber.web.support.BackendJson.FLAG;
import static dev.limber.web.support.BackendJson.PATIENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.web.support.BackendJson;
import dev.limber.web.support.Backends;
import dev.limber.web.support.FormPage;
import dev.limber.web.support.Html;
import dev.limber.web.support.Stubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flag inbox as a clinician works it: what needs action, most urgent first, with who and why; a flag is
 * acknowledged, then resolved with an outcome and the version seen, and a refusal is shown, not lost.
 */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class FlagInboxPagesTest {

    static final String PAGE = "/therapist/flags/" + FLAG;
    static final String API = "/program/api/flags/" + FLAG;
    static final String OTHER_FLAG = "d0000000-0000-4000-8000-000000000002";
    static final String RESOLVED_FLAG = "d0000000-0000-4000-8000-000000000003";
    static final String REASON = "Leg weakness getting worse: check for nerve root compression today.";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
        breakers.resetAll();
        RestAssured.urlEncodingEnabled = true;
    }

    static void openFlag(String status) {
        Stubs.json(API, BackendJson.flag("URGENT", status, REASON, null, null));
        Stubs.json("/program/api/patients/" + PATIENT, BackendJson.patient("Bea Calm"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theInboxListsOpenFlagsInTheOrderGivenWithWhoAndWhyThenTheResolvedOnes() {
        String emergency = BackendJson.flag("EMERGENCY", "OPEN", "New bladder or bowel trouble: possible cauda equina.",
                null, null).replace(FLAG, OTHER_FLAG);
        String resolved = BackendJson.flag("REVIEW", "RESOLVED", "Pain after sessions rising.", "REFERRED_TO_GP",
                "Saw her GP").replace(FLAG, RESOLVED_FLAG);
        Stubs.json("/program/api/flags", "[" + emergency + "," + BackendJson.flag(REASON) + "," + resolved + "]");
        Stubs.json("/program/api/caseload", BackendJson.caseload("Bea Calm"));
        String html = given().get("/therapist/flags").then().statusCode(200).extract().asString();

        assertTrue(html.contains("Needs action (2), most urgent first"));
        int first = html.indexOf("<span class=\"flag flag-emergency\">EMERGENCY</span>");
        int second = html.indexOf("<span class=\"flag flag-urgent\">URGENT</span>");
        int resolvedAt = html.indexOf("Recently resolved");
        assertTrue(first > 0 && first < second && second < resolvedAt, "emergency, then urgent, then the resolved");
        assertTrue(html.contains("Bea Calm: open, raised <time datetime=\"2026-11-21T18:00:05Z\">2026-11-21 18:00:05</time>"));
        assertTrue(html.contains("<li>New bladder or bowel trouble: possible cauda equina.</li>"));
        assertTrue(html.contains("<li>" + REASON + "</li>"));
        assertTrue(html.contains("<a href=\"/therapist/flags/" + OTHER_FLAG + "\">Open this flag to acknowledge or resolve it</a>"));
        assertTrue(html.contains("<p>Resolved: referred to gp. Saw her GP</p>"));
        assertTrue(html.contains("<a href=\"/therapist/flags/" + RESOLVED_FLAG + "\">Open this flag</a>"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void anEmptyInboxSaysNothingNeedsYou() {
        Stubs.json("/program/api/flags", "[]");
        Stubs.json("/program/api/caseload", "[]");
        given().get("/therapist/flags").then().statusCode(200).body(containsString("No open flags. Nothing needs you now."));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void patientNamesInTheInboxAreText() {
        Stubs.json("/program/api/flags", "[" + BackendJson.flag("<i>reason</i>") + "]");
        Stubs.json("/program/api/caseload", BackendJson.caseload("Pat <script>alert('name')</script>"));
        given().get("/therapist/flags").then().statusCode(200)
                .body(containsString("Pat &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;: open"))
                .body(containsString("<li>&lt;i&gt;reason&lt;/i&gt;</li>"))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<i>reason</i>")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theInboxSaysWhenProgramServiceIsDownAndNeverThatNothingIsOpen() {
        Stubs.unreachable("/program/api/flags");
        for (int visit = 0; visit < 5; visit++) {
            given().get("/therapist/flags").then().statusCode(200)
                    .body(containsString("Programs and sessions is not available right now"))
                    .body(not(containsString("No open flags")));
        }
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aFlagShowsWhyItWasRaisedItsHistoryAndWhatCanBeDone() {
        openFlag("OPEN");
        FormPage page = FormPage.open(PAGE);
        String html = page.html();
        assertTrue(html.contains("<h1><span class=\"flag flag-urgent\">URGENT</span> Bea Calm</h1>"));
        assertTrue(html.contains("from a symptom check-in. Status: <strong>open</strong>."));
        assertTrue(html.contains("<li><span class=\"flag flag-urgent\">URGENT</span> " + REASON + "</li>"));
        assertTrue(html.contains("Rules 2026.11."));
        assertTrue(html.contains("2026-11-21 18:00:05</time> created</li>"));
        assertTrue(html.contains("2026-11-21 18:00:06</time> alerted: therapist</li>"));
        assertTrue(html.contains("action=\"" + PAGE + "/acknowledge\""));
        var resolve = page.form(PAGE + "/resolve");
        assertEquals("4", resolve.values("version").get(0));
        String outcomes = Html.element(html, "outcome");
        assertTrue(outcomes.contains("<legend>What did you decide?</legend>"));
        for (String outcome : new String[] {"REFERRED_TO_EMERGENCY_CARE", "REFERRED_TO_GP", "PROGRAM_MODIFIED",
                "PROGRAM_CONTINUED"}) {
            assertTrue(outcomes.contains("type=\"radio\" name=\"outcome\" value=\"" + outcome + "\""), outcome);
        }
        assertTrue(outcomes.contains("Program continued, no change needed (releases held exercises)"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void anAcknowledgedFlagCanStillBeResolvedAndAResolvedOneOnlyRead() {
        openFlag("ACKNOWLEDGED");
        String acknowledged = given().get(PAGE).then().statusCode(200).extract().asString();
        assertFalse(acknowledged.contains("/acknowledge\""), "no second acknowledgement");
        assertTrue(acknowledged.contains("action=\"" + PAGE + "/resolve\""));

        Stubs.json(API, BackendJson.flag("URGENT", "RESOLVED", REASON, "PROGRAM_CONTINUED", "Strength normal <b>today</b>"));
        given().get(PAGE).then().statusCode(200)
                .body(containsString("Resolved <time datetime=\"2026-11-22T09:00Z\">2026-11-22</time>: program continued. "
                        + "Strength normal &lt;b&gt;today&lt;/b&gt;"))
                .body(not(containsString("action=\"" + PAGE + "/resolve\"")))
                .body(not(containsString("action=\"" + PAGE + "/acknowledge\"")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void acknowledgingTellsProgramServiceAndSaysSo() {
        openFlag("OPEN");
        Stubs.json(post(urlPathEqualTo(API + "/acknowledge")), 200, BackendJson.flag("URGENT", "ACKNOWLEDGED", REASON, null, null));
        Response acknowledged = FormPage.open(PAGE).form(PAGE + "/acknowledge").post();

        acknowledged.then().statusCode(303).header("Location", endsWith(PAGE));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(API + "/acknowledge")));
        FormPage.flashShownOnce(acknowledged, PAGE, "Flag acknowledged.");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void acknowledgingARefusedFlagShowsWhy() {
        openFlag("OPEN");
        Stubs.problem(post(urlPathEqualTo(API + "/acknowledge")), 409, "Conflict", "This flag is already resolved.");
        FormPage.open(PAGE).form(PAGE + "/acknowledge").post().then().statusCode(409)
                .body(containsString("This flag is already resolved."))
                .body(containsString("There is a problem"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void resolvingSendsTheOutcomeNoteAndVersionSeenAndSaysSo() {
        openFlag("ACKNOWLEDGED");
        Stubs.json(post(urlPathEqualTo(API + "/resolve")), 200,
                BackendJson.flag("URGENT", "RESOLVED", REASON, "PROGRAM_CONTINUED", "Strength normal"));
        Response resolved = FormPage.open(PAGE).form(PAGE + "/resolve").set("outcome", "PROGRAM_CONTINUED")
                .set("note", "Strength normal on testing").post();

        resolved.then().statusCode(303).header("Location", endsWith(PAGE));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(API + "/resolve")).withRequestBody(equalToJson("""
                {"outcome":"PROGRAM_CONTINUED","note":"Strength normal on testing","version":4}""")));
        FormPage.flashShownOnce(resolved, PAGE, "Flag resolved.");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void resolvingWithoutAnOutcomeOrWithTooLongANoteIsShownNextToTheFieldsAndNothingIsSent() {
        openFlag("OPEN");
        Response refused = FormPage.open(PAGE).form(PAGE + "/resolve").set("note", "Called her <b>twice</b>").post();
        refused.then().statusCode(400);
        String outcome = Html.element(refused.asString(), "outcome");
        assertTrue(outcome.contains("class=\"field-error\""));
        assertTrue(outcome.contains("Choose what you decided."));
        assertTrue(Html.element(refused.asString(), "note").contains("Called her &lt;b&gt;twice&lt;/b&gt;</textarea>"),
                "the note is kept, as text");
        assertTrue(refused.asString().contains("<a href=\"#outcome\">Choose what you decided.</a>"));

        Response tooLong = FormPage.open(PAGE).form(PAGE + "/resolve").set("outcome", "REFERRED_TO_GP")
                .set("note", "n".repeat(2001)).post();
        tooLong.then().statusCode(400);
        assertEquals("The note must be at most 2000 characters.", Html.fieldError(tooLong.asString(), "note"));
        assertTrue(Html.tag(tooLong.asString(), "note").contains("aria-invalid=\"true\""));
        assertTrue(Html.element(tooLong.asString(), "outcome").contains("value=\"REFERRED_TO_GP\" checked"),
                "the chosen outcome is kept");
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aFlagChangedMeanwhileIsAConflictShownWithTheChoiceKept() {
        openFlag("OPEN");
        Stubs.problem(post(urlPathEqualTo(API + "/resolve")), 409, "Conflict", "Flag version 4 is not current (5)");
        Response refused = FormPage.open(PAGE).form(PAGE + "/resolve").set("outcome", "REFERRED_TO_GP")
                .set("note", "Booked with GP").post();

        refused.then().statusCode(409)
                .body(containsString("Someone else changed this flag since you opened it. Nothing was saved"));
        assertTrue(Html.element(refused.asString(), "outcome").contains("value=\"REFERRED_TO_GP\" checked"));
        assertTrue(Html.element(refused.asString(), "note").contains("Booked with GP</textarea>"));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(API + "/resolve")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void resolvingWhileProgramServiceIsDownKeepsTheChoiceAndNote() {
        openFlag("OPEN");
        Stubs.status(post(urlPathEqualTo(API + "/resolve")), 503);
        Response failed = FormPage.open(PAGE).form(PAGE + "/resolve").set("outcome", "REFERRED_TO_GP")
                .set("note", "Booked with GP").post();

        failed.then().statusCode(503).body(containsString("Programs and sessions is not available right now"));
        assertTrue(Html.element(failed.asString(), "outcome").contains("value=\"REFERRED_TO_GP\" checked"));
        assertTrue(Html.element(failed.asString(), "note").contains("Booked with GP</textarea>"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void flagFormsWithoutTheirCsrfTokenNeverReachProgramService() {
        openFlag("OPEN");
        FormPage page = FormPage.open(PAGE);
        page.form(PAGE + "/acknowledge").withoutToken().post().then().statusCode(400);
        page.form(PAGE + "/acknowledge").withWrongToken().post().then().statusCode(400);
        page.form(PAGE + "/resolve").set("outcome", "REFERRED_TO_GP").withoutToken().post().then().statusCode(400);
        page.form(PAGE + "/resolve").set("outcome", "REFERRED_TO_GP").withWrongToken().post().then().statusCode(400);
        page.form(PAGE + "/resolve").set("outcome", "REFERRED_TO_GP").withoutToken().withoutCookie().post()
                .then().statusCode(400);
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "olga", roles = "therapist")
    void anotherClinicsFlagIsNotFound() {
        openFlag("OPEN");
        Stubs.problem(get(urlPathEqualTo("/program/api/flags/" + OTHER_FLAG)), 404, "Not Found", "No such flag");
        given().get("/therapist/flags/" + OTHER_FLAG).then().statusCode(404).body(containsString("Page not found"));
        FormPage.open(PAGE).form(PAGE + "/acknowledge").postTo("/therapist/flags/" + OTHER_FLAG + "/acknowledge")
                .then().statusCode(404).body(containsString("Page not found"));
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void patientsCannotOpenTheInbox() {
        given().get("/therapist/flags").then().statusCode(404).body(containsString("Page not found"));
        given().get(PAGE).then().statusCode(404);
        Backends.server().verify(0, anyRequestedFor(anyUrl()));
    }
}
