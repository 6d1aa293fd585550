package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.limber.web.support.BackendJson.PATIENT;
import static dev.limber.web.support.BackendJson.REPORT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The symptom check-in: each question the patient reads is sent as the answer program-service triages under
 * that name, with the form's idempotency key; the answer page shows at once what to do, and an emergency
 * fills the screen with what to do now.
 */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class CheckInPagesTest {

    static final String PAGE = "/me/check-in";
    static final String REPORTS_API = "/program/api/patients/" + PATIENT + "/symptom-reports";
    static final String ANSWER = "/me/reports/" + REPORT;
    static final List<String> QUESTIONS = List.of("newBladderOrBowelProblem", "legWeaknessWorsening", "painBelowKnee",
            "feverOrUnwell", "recentTrauma", "nightPainNotEasing", "unexplainedWeightLoss", "historyOfCancer");
    static final String EMERGENCY = "Call 999 or go to A&E now. Tell them you have back pain with numbness between your legs.";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
        breakers.resetAll();
        RestAssured.urlEncodingEnabled = true;
        Stubs.json("/program/api/me", BackendJson.patient("Pat"));
    }

    static void triagedAs(String severity, String message) {
        Stubs.json(post(urlPathEqualTo(REPORTS_API)), 200, BackendJson.triage(severity, message));
        Stubs.json(REPORTS_API + "/" + REPORT + "/triage", BackendJson.triage(severity, message));
    }

    /** Every question answered "no". */
    static FormPage.Form allNo(FormPage page) {
        FormPage.Form form = page.form(PAGE);
        QUESTIONS.forEach(q -> form.set(q, "no"));
        return form;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "newBladderOrBowelProblem|Have you had new trouble controlling your bladder or bowel, or cannot pass urine?",
            "legWeaknessWorsening|Is one or both of your legs getting weaker?",
            "painBelowKnee|Does pain spread down your leg below the knee?",
            "feverOrUnwell|Do you have a fever or feel generally unwell?",
            "recentTrauma|Have you had a fall, accident or injury since your pain started?",
            "nightPainNotEasing|Is your pain worse at night and does not ease when you change position?",
            "unexplainedWeightLoss|Have you lost weight without trying?",
            "historyOfCancer|Have you ever had cancer?"})
    @TestSecurity(user = "pat", roles = "patient")
    void eachQuestionIsSentAsItsOwnAnswer(String field, String question) {
        triagedAs("REVIEW", "Your therapist will look at this.");
        FormPage page = FormPage.open(PAGE);
        String fieldset = Html.element(page.html(), field);
        assertTrue(fieldset.contains("<legend>" + question + "</legend>"), fieldset);
        assertTrue(fieldset.contains("name=\"" + field + "\" value=\"yes\""));

        allNo(page).set(field, "yes").post().then().statusCode(303);
        String answers = QUESTIONS.stream().map(q -> "\"" + q + "\":" + q.equals(field)).collect(Collectors.joining(","));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(REPORTS_API)).withRequestBody(equalToJson(
                "{\"numbness\":[]," + answers + ",\"currentPain\":null,\"freeText\":null}")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aCheckInSendsNumbnessPainAndWordsWithTheFormsKeyThenShowsTheAnswerOnce() {
        triagedAs("URGENT", "Please ask your GP or your therapist for advice today.");
        FormPage page = FormPage.open(PAGE);
        assertTrue(page.hidden("key").matches("[0-9a-f-]{36}"));
        Response sent = allNo(page).add("numbness", "SADDLE").add("numbness", "FEET").set("painBelowKnee", "yes")
                .set("currentPain", "6").set("freeText", "Tingling since Tuesday").post();

        sent.then().statusCode(303).header("Location", endsWith(ANSWER));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(REPORTS_API))
                .withHeader("Idempotency-Key", equalTo(page.hidden("key")))
                .withRequestBody(equalToJson("""
                        {"numbness":["SADDLE","FEET"],"newBladderOrBowelProblem":false,"feverOrUnwell":false,
                         "recentTrauma":false,"legWeaknessWorsening":false,"painBelowKnee":true,
                         "nightPainNotEasing":false,"unexplainedWeightLoss":false,"historyOfCancer":false,
                         "currentPain":6,"freeText":"Tingling since Tuesday"}""")));
        FormPage.flashShownOnce(sent, ANSWER, "Thank you. Your therapist can see your answers.");
        given().get(ANSWER).then().statusCode(200)
                .body(containsString("<div class=\"banner danger\" role=\"alert\">"))
                .body(containsString("<h1>Please get medical advice today</h1>"))
                .body(containsString("Please ask your GP or your therapist for advice today."));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void anEmergencyGoesStraightToTheEmergencyPage() {
        triagedAs("EMERGENCY", EMERGENCY);
        Response sent = allNo(FormPage.open(PAGE)).add("numbness", "SADDLE").set("newBladderOrBowelProblem", "yes").post();

        sent.then().statusCode(303).header("Location", endsWith(ANSWER));
        assertNull(sent.getCookie(FormPage.FLASH_COOKIE), "no thank-you message on an emergency");
        String html = given().get(ANSWER).then().statusCode(200).extract().asString();
        String alert = Html.element(html, "main");
        assertTrue(alert.contains("<div class=\"emergency-page\" role=\"alert\">\n  <h1>Get emergency help now</h1>"), alert);
        assertTrue(alert.contains("<p class=\"message\">Call 999 or go to A&amp;E now."));
        assertTrue(html.contains("<title>Get emergency help now - Limber</title>"));
        Backends.server().verify(getRequestedFor(urlPathEqualTo(REPORTS_API + "/" + REPORT + "/triage")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void nothingToActOnIsAThankYou() {
        triagedAs("NONE", "Thank you. Keep going with your exercises.");
        given().get(ANSWER).then().statusCode(200).body(containsString("<h1>Thank you</h1>"))
                .body(containsString("Keep going with your exercises."))
                .body(not(containsString("role=\"alert\"")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void unansweredQuestionsAreShownEachWithItsMessageAndTheAnswersGivenKept() {
        FormPage page = FormPage.open(PAGE);
        Response refused = page.form(PAGE).set("painBelowKnee", "yes").set("historyOfCancer", "no")
                .add("numbness", "ONE_LEG").add("numbness", "ARM").set("currentPain", "3")
                .set("freeText", "f".repeat(2001)).post();

        refused.then().statusCode(400).body(containsString("There is a problem"));
        String html = refused.asString();
        for (String q : List.of("newBladderOrBowelProblem", "legWeaknessWorsening", "feverOrUnwell", "recentTrauma",
                "nightPainNotEasing", "unexplainedWeightLoss")) {
            assertTrue(Html.element(html, q).contains("Answer yes or no."), q);
            assertTrue(html.contains("<a href=\"#" + q + "\">Answer yes or no.</a>"), "the summary links to " + q);
        }
        assertFalse(Html.element(html, "painBelowKnee").contains("field-error"));
        assertTrue(Html.element(html, "painBelowKnee").contains("value=\"yes\" checked"));
        assertTrue(Html.element(html, "historyOfCancer").contains("value=\"no\" checked"));
        assertTrue(Html.element(html, "numbness").contains("Choose from the listed areas."));
        assertTrue(Html.element(html, "numbness").contains("value=\"ONE_LEG\" checked"));
        assertTrue(Html.element(html, "currentPain").contains("<option value=\"3\" selected>"));
        assertEquals("What you want to tell must be at most 2000 characters.", Html.fieldError(html, "freeText"));
        assertTrue(Html.tag(html, "freeText").contains("aria-invalid=\"true\""));
        assertEquals(page.hidden("key"), Html.hidden(html, "key"), "the form keeps its key");
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theSameKeyWithDifferentAnswersIsShownWithTheAnswersKept() {
        Stubs.problem(post(urlPathEqualTo(REPORTS_API)), 422, "Unprocessable Entity",
                "These answers differ from the ones first sent with this form.");
        Response refused = allNo(FormPage.open(PAGE)).set("feverOrUnwell", "yes").post();

        refused.then().statusCode(422).body(containsString("These answers differ from the ones first sent with this form."));
        assertTrue(Html.element(refused.asString(), "feverOrUnwell").contains("value=\"yes\" checked"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void programServicesFieldErrorsAreShownNextToTheQuestionOrField() {
        Stubs.problem(post(urlPathEqualTo(REPORTS_API)), 400, "Invalid input", null,
                "legWeaknessWorsening", "must not be null", "currentPain", "must be less than or equal to 10");
        Response refused = allNo(FormPage.open(PAGE)).set("currentPain", "9").post();

        refused.then().statusCode(400);
        assertTrue(Html.element(refused.asString(), "legWeaknessWorsening").contains("must not be null"));
        assertEquals("must be less than or equal to 10", Html.fieldError(refused.asString(), "currentPain"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void sendingTheSameCheckInTwiceSendsTheSameKey() {
        triagedAs("REVIEW", "Your therapist will look at this.");
        FormPage page = FormPage.open(PAGE);
        FormPage.Form form = allNo(page).set("recentTrauma", "yes");
        form.post().then().statusCode(303);
        form.post().then().statusCode(303);
        List<LoggedRequest> sent = Backends.server().findAll(postRequestedFor(urlPathEqualTo(REPORTS_API)));
        assertEquals(2, sent.size());
        sent.forEach(r -> assertEquals(page.hidden("key"), r.getHeader("Idempotency-Key")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void programServiceDownKeepsTheAnswersAndSaysSo() {
        FormPage page = FormPage.open(PAGE);
        Stubs.status("/program/api/me", 503);
        Response failed = allNo(page).set("legWeaknessWorsening", "yes").set("freeText", "Foot catches").post();

        failed.then().statusCode(503).body(containsString("Programs and sessions is not available right now"));
        assertTrue(Html.element(failed.asString(), "legWeaknessWorsening").contains("value=\"yes\" checked"));
        assertTrue(Html.element(failed.asString(), "freeText").contains("Foot catches</textarea>"));
        assertEquals(page.hidden("key"), Html.hidden(failed.asString(), "key"), "sending again keeps the key");
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theCheckInWithoutItsCsrfTokenNeverReachesProgramService() {
        triagedAs("EMERGENCY", EMERGENCY);
        FormPage page = FormPage.open(PAGE);
        allNo(page).withoutToken().post().then().statusCode(400);
        allNo(page).withWrongToken().post().then().statusCode(400);
        allNo(page).withoutToken().withoutCookie().post().then().statusCode(400);
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void anotherPatientsReportIsNotFound() {
        Stubs.problem(get(urlPathEqualTo(REPORTS_API + "/e0000000-0000-4000-8000-000000000009/triage")), 404,
                "Not Found", "No such report");
        given().get("/me/reports/e0000000-0000-4000-8000-000000000009").then().statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void therapistsHaveNoCheckIn() {
        given().get(PAGE).then().statusCode(404).body(containsString("Page not found"));
        given().get(ANSWER).then().statusCode(404);
        Backends.server().verify(0, anyRequestedFor(anyUrl()));
    }
}
