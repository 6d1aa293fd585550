package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.limber.web.support.BackendJson.CAT_COW;
import static dev.limber.web.support.BackendJson.FOLD;
import static dev.limber.web.support.BackendJson.LUNGE;
import static dev.limber.web.support.BackendJson.PATIENT;
import static dev.limber.web.support.BackendJson.PROGRAM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A patient logs a session: each side of a per-side exercise, pain before, during and after, how hard it
 * was. The form's idempotency key goes to program-service as the Idempotency-Key header, the same however
 * often the form is sent, and what was typed survives every refusal.
 */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class SessionLogPagesTest {

    static final String PAGE = "/me/log";
    static final String SESSIONS_API = "/program/api/programs/" + PROGRAM + "/sessions";
    static final String SESSION = """
            {"id":"f0000000-0000-4000-8000-000000000003","programId":"%s","programRevision":3,
             "performedAt":"2026-11-22T07:30:00Z","localDay":"2026-11-22","completion":"FULL","items":[],
             "painBefore":4,"painAfter":2,"painDuring":5,"difficulty":"RIGHT","note":null}""".formatted(PROGRAM);

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
        breakers.resetAll();
        RestAssured.urlEncodingEnabled = true;
    }

    static void patientWith(String program) {
        Stubs.json("/program/api/me", BackendJson.patient("Pat"));
        Stubs.json("/program/api/patients/" + PATIENT + "/programs", "[" + program + "]");
        Stubs.json(post(urlPathEqualTo(SESSIONS_API)), 201, SESSION);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of(BackendJson.ZONE));
    }

    /** The form filled in for yesterday morning, both sides of the lunge and the cat-cow done. */
    static FormPage.Form filledIn(FormPage page) {
        return page.form(PAGE).set("date", today().minusDays(1).toString()).set("time", "07:30")
                .add("done", LUNGE + ":LEFT").add("done", LUNGE + ":RIGHT").add("done", CAT_COW)
                .set("painBefore", "4").set("painDuring", "5").set("painAfter", "2").set("difficulty", "RIGHT")
                .set("note", "Felt loose");
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theFormAsksForEachSideOfPerSideExercisesAndLeavesOutHeldOnes() {
        patientWith(BackendJson.program("ACTIVE"));
        FormPage page = FormPage.open(PAGE);
        String html = page.html();
        assertTrue(html.contains("<legend>Runner&#39;s Lunge <span class=\"dosage\">Hold 45 seconds, 2 sets, on each side.</span></legend>"));
        assertTrue(html.contains("value=\"" + LUNGE + ":LEFT\"> Left side done</label>"));
        assertTrue(html.contains("value=\"" + LUNGE + ":RIGHT\"> Right side done</label>"));
        assertTrue(html.contains("value=\"" + CAT_COW + "\"> Done</label>"));
        assertFalse(html.contains(CAT_COW + ":LEFT"), "no sides for an exercise done once");
        assertFalse(html.contains(FOLD), "an exercise on hold is not offered");
        assertTrue(page.hidden("key").matches("[0-9a-f-]{36}"));
        assertEquals(today().toString(), page.form(PAGE).values("date").get(0));
        assertTrue(Html.element(html, "painBefore").contains("<option value=\"10\">10 - worst pain imaginable</option>"));
        assertNotEquals(page.hidden("key"), FormPage.open(PAGE).hidden("key"), "every new form has its own key");
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aSessionIsSentWithBothSidesPainDifficultyAndTheFormsKeyThenTheCheckInFollows() {
        patientWith(BackendJson.program("ACTIVE"));
        FormPage page = FormPage.open(PAGE);
        Response saved = filledIn(page).post();

        saved.then().statusCode(303).header("Location", endsWith("/me/check-in"));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(SESSIONS_API))
                .withHeader("Idempotency-Key", equalTo(page.hidden("key")))
                .withRequestBody(equalToJson("""
                        {"performedAt":"%sT07:30",
                         "items":[{"itemId":"%s","done":true,"sidesDone":"BOTH"},
                                  {"itemId":"%s","done":true,"sidesDone":null}],
                         "painBefore":4,"painAfter":2,"painDuring":5,"difficulty":"RIGHT","note":"Felt loose"}"""
                        .formatted(today().minusDays(1), LUNGE, CAT_COW))));
        FormPage.flashShownOnce(saved, "/me/check-in", "Session saved. Now the short check-in about how you feel.");
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void oneSideTickedIsThatSideAndNothingTickedIsNotDone() {
        patientWith(BackendJson.program("ACTIVE"));
        record Case(List<String> ticked, boolean lungeDone, String sides, boolean catCowDone) {
        }
        for (Case c : List.of(new Case(List.of(LUNGE + ":LEFT"), true, "LEFT", false),
                new Case(List.of(LUNGE + ":RIGHT", CAT_COW), true, "RIGHT", true),
                new Case(List.of(), false, null, false))) {
            Backends.server().resetRequests();
            FormPage.Form form = filledIn(FormPage.open(PAGE)).clear("done");
            c.ticked().forEach(t -> form.add("done", t));
            form.post().then().statusCode(303);
            Backends.server().verify(1, postRequestedFor(urlPathEqualTo(SESSIONS_API)).withRequestBody(equalToJson("""
                    {"items":[{"itemId":"%s","done":%s,"sidesDone":%s},{"itemId":"%s","done":%s,"sidesDone":null}]}"""
                    .formatted(LUNGE, c.lungeDone(), BackendJson.quote(c.sides()), CAT_COW, c.catCowDone()), false, true)));
        }
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void sendingTheSameFormTwiceSendsTheSameKeySoProgramServiceLogsItOnce() {
        patientWith(BackendJson.program("ACTIVE"));
        FormPage page = FormPage.open(PAGE);
        FormPage.Form form = filledIn(page);
        form.post().then().statusCode(303);
        form.post().then().statusCode(303);

        List<LoggedRequest> sent = Backends.server().findAll(postRequestedFor(urlPathEqualTo(SESSIONS_API)));
        assertEquals(2, sent.size());
        assertEquals(page.hidden("key"), sent.get(0).getHeader("Idempotency-Key"));
        assertEquals(page.hidden("key"), sent.get(1).getHeader("Idempotency-Key"));
        assertEquals(sent.get(0).getBodyAsString(), sent.get(1).getBodyAsString(), "the same session both times");
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void mistakesAreShownNextToTheirFieldsWithEverythingTypedKeptAndTheSameKey() {
        patientWith(BackendJson.program("ACTIVE"));
        FormPage page = FormPage.open(PAGE);
        String tomorrow = today().plusDays(1).toString();
        Response refused = filledIn(page).set("date", tomorrow).set("painBefore", "").clear("difficulty")
                .clear("done").add("done", LUNGE + ":LEFT").set("note", "n".repeat(1001)).post();

        refused.then().statusCode(400).body(containsString("There is a problem"));
        String html = refused.asString();
        assertEquals("The day cannot be in the future.", Html.fieldError(html, "date"));
        assertTrue(Html.tag(html, "date").contains("value=\"" + tomorrow + "\""));
        assertTrue(Html.tag(html, "date").contains("aria-invalid=\"true\""));
        assertEquals("Enter your pain before.", Html.fieldError(html, "painBefore"));
        assertTrue(Html.tag(html, "painBefore").contains("aria-invalid=\"true\""));
        assertTrue(Html.element(html, "painAfter").contains("<option value=\"2\" selected>"), "the pain chosen is kept");
        assertTrue(Html.element(html, "difficulty").contains("Choose how hard it felt."));
        assertEquals("Your note must be at most 1000 characters.", Html.fieldError(html, "note"));
        assertTrue(Html.tag(html, "note").contains("aria-invalid=\"true\""));
        assertTrue(Html.element(html, "note").contains("n".repeat(1001)));
        assertTrue(html.contains("value=\"" + LUNGE + ":LEFT\" checked>"), "the ticked side is kept");
        assertFalse(html.contains("value=\"" + LUNGE + ":RIGHT\" checked>"));
        assertEquals(page.hidden("key"), Html.hidden(html, "key"), "the form keeps its key");
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aDayTooLongAgoOrATimeThatIsNotATimeIsRefused() {
        patientWith(BackendJson.program("ACTIVE"));
        Response refused = filledIn(FormPage.open(PAGE)).set("date", today().minusDays(8).toString()).set("time", "7.30")
                .post();
        refused.then().statusCode(400);
        assertEquals("You can log sessions from the last 7 days.", Html.fieldError(refused.asString(), "date"));
        assertEquals("The time must look like 07:30.", Html.fieldError(refused.asString(), "time"));
        assertTrue(Html.tag(refused.asString(), "time").contains("value=\"7.30\""));
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theSameKeyWithADifferentSessionIsShownWithWhatWasTyped() {
        patientWith(BackendJson.program("ACTIVE"));
        Stubs.problem(post(urlPathEqualTo(SESSIONS_API)), 422, "Unprocessable Entity",
                "This Idempotency-Key was used for a different session.");
        Response refused = filledIn(FormPage.open(PAGE)).post();

        refused.then().statusCode(422).body(containsString("This Idempotency-Key was used for a different session."));
        assertTrue(Html.element(refused.asString(), "note").contains("Felt loose</textarea>"));
        assertTrue(Html.element(refused.asString(), "painDuring").contains("<option value=\"5\" selected>"));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(SESSIONS_API)));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void programServicesFieldErrorsAreShownNextToTheFields() {
        patientWith(BackendJson.program("ACTIVE"));
        Stubs.problem(post(urlPathEqualTo(SESSIONS_API)), 400, "Invalid input", null,
                "performedAt", "must be within the last 7 days", "painAfter", "must be less than or equal to 10");
        Response refused = filledIn(FormPage.open(PAGE)).post();

        refused.then().statusCode(400);
        assertEquals("must be within the last 7 days", Html.fieldError(refused.asString(), "date"));
        assertEquals("must be less than or equal to 10", Html.fieldError(refused.asString(), "painAfter"));
        assertTrue(Html.tag(refused.asString(), "painAfter").contains("aria-invalid=\"true\""));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aSessionForAProgramNoLongerActiveIsRefusedAndSaid() {
        patientWith(BackendJson.program("ACTIVE"));
        Stubs.problem(post(urlPathEqualTo(SESSIONS_API)), 409, "Conflict", "Only an active program accepts sessions.");
        filledIn(FormPage.open(PAGE)).post().then().statusCode(409)
                .body(containsString("Only an active program accepts sessions."));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void savingWhileProgramServiceIsDownKeepsWhatWasTypedAndARetryKeepsTheKey() {
        patientWith(BackendJson.program("ACTIVE"));
        Stubs.status(post(urlPathEqualTo(SESSIONS_API)), 503);
        FormPage page = FormPage.open(PAGE);
        Response failed = filledIn(page).post();

        failed.then().statusCode(503).body(containsString("Programs and sessions is not available right now"));
        assertTrue(Html.element(failed.asString(), "note").contains("Felt loose</textarea>"));
        assertTrue(Html.element(failed.asString(), "painBefore").contains("<option value=\"4\" selected>"));
        assertEquals(page.hidden("key"), Html.hidden(failed.asString(), "key"), "sending it again uses the same key");
        List<LoggedRequest> tried = Backends.server().findAll(postRequestedFor(urlPathEqualTo(SESSIONS_API)));
        assertEquals(2, tried.size(), "a failed read-safe change is tried once more");
        tried.forEach(r -> assertEquals(page.hidden("key"), r.getHeader("Idempotency-Key"), "a retry keeps the key"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aPausedProgramSaysSoAboveTheForm() {
        patientWith(BackendJson.program("PAUSED"));
        given().get(PAGE).then().statusCode(200).body(containsString("Your exercises are paused."))
                .body(containsString("Save session"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void withoutAProgramThereIsNothingToLog() {
        Stubs.json("/program/api/me", BackendJson.patient("Pat"));
        Stubs.json("/program/api/patients/" + PATIENT + "/programs", "[]");
        given().get(PAGE).then().statusCode(200)
                .body(containsString("There is nothing to log yet: your therapist has not set up your exercises."))
                .body(not(containsString("Save session")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void exerciseNamesAreText() {
        patientWith(BackendJson.program("ACTIVE", null, "<script>alert('x')</script>"));
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<legend>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <span class=\"dosage\">"))
                .body(not(containsString("<script>alert")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void programServiceDownIsSaidOnEveryVisit() {
        Stubs.unreachable("/program/api/me");
        for (int visit = 0; visit < 5; visit++) {
            given().get(PAGE).then().statusCode(200)
                    .body(containsString("Programs and sessions is not available right now"))
                    .body(not(containsString("There is nothing to log yet")));
        }
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theSessionFormWithoutItsCsrfTokenNeverReachesProgramService() {
        patientWith(BackendJson.program("ACTIVE"));
        FormPage page = FormPage.open(PAGE);
        filledIn(page).withoutToken().post().then().statusCode(400);
        filledIn(page).withWrongToken().post().then().statusCode(400);
        filledIn(page).withoutToken().withoutCookie().post().then().statusCode(400);
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void therapistsHaveNoSessionLog() {
        given().get(PAGE).then().statusCode(404).body(containsString("Page not found"));
        Backends.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aHeldExerciseIsNeverLoggedEvenIfAFormNamesIt() {
        patientWith(BackendJson.program("ACTIVE"));
        filledIn(FormPage.open(PAGE)).add("done", FOLD).post().then().statusCode(303);
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(SESSIONS_API))
                .withRequestBody(matchingJsonPath("$.items.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.items[0].itemId", equalTo(LUNGE)))
                .withRequestBody(matchingJsonPath("$.items[1].itemId", equalTo(CAT_COW)))
                .withRequestBody(notContaining(FOLD)));
    }
}
