package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.limber.web.support.BackendJson.FLAG;
import static dev.limber.web.support.BackendJson.OTHER_PATIENT;
import static dev.limber.web.support.BackendJson.PATIENT;
import static dev.limber.web.support.BackendJson.PROGRAM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.web.support.BackendJson;
import dev.limber.web.support.Backends;
import dev.limber.web.support.Stubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One patient as their therapist sees them: facts, flags with their reasons, the current program, adherence
 * and pain as SVG charts with the same numbers in tables, sessions and check-ins; and what happens when the
 * patient is not theirs or program-service is not there.
 */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class TherapistPatientPageTest {

    static final String PAGE = "/therapist/patients/" + PATIENT;
    static final String API = "/program/api/patients/" + PATIENT;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
        breakers.resetAll();
        RestAssured.urlEncodingEnabled = true;
    }

    static void patientWithProgram(String name, String sessionNote, String reportText, String explanation) {
        Stubs.json(API, BackendJson.patient(name));
        Stubs.json(API + "/programs", "[" + BackendJson.program("ACTIVE") + "]");
        Stubs.json(API + "/adherence", BackendJson.adherence(2, 1));
        Stubs.json("/program/api/programs/" + PROGRAM + "/sessions", BackendJson.sessions(sessionNote));
        Stubs.json("/program/api/flags", "[" + BackendJson.flag(explanation) + "]");
        Stubs.json(API + "/symptom-reports", BackendJson.reports(reportText));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void thePageShowsTheFactsFlagsAndProgramOfThePatient() {
        patientWithProgram("Bea Calm", "Felt loose", "Tingling in my left foot",
                "Leg weakness getting worse: check for nerve root compression today.");
        String html = given().get(PAGE).then().statusCode(200).extract().asString();

        assertTrue(html.contains("<h1>Bea Calm</h1>"));
        assertTrue(html.contains("<dt>Condition</dt><dd>Low back pain since October</dd>"));
        assertTrue(html.contains("<dt>Baseline pain</dt><dd>5/10</dd>"));
        String flag = html.substring(html.indexOf("id=\"flags-heading\""), html.indexOf("id=\"program-heading\""));
        assertTrue(flag.contains("<span class=\"flag flag-urgent\">URGENT</span>"), "the severity in words");
        assertTrue(flag.contains("<li>Leg weakness getting worse: check for nerve root compression today.</li>"));
        assertTrue(flag.contains("<a href=\"/therapist/flags/" + FLAG + "\">Open this flag to acknowledge or resolve it</a>"));
        assertTrue(html.contains("<strong>Five-minute release</strong> (active, revision 3). 2 a day, 5 days a week from "
                + "<time datetime=\"2026-11-02\">2026-11-02</time>, review <time datetime=\"2026-12-14\">2026-12-14</time>."));
        assertTrue(html.contains("<li>Runner&#39;s Lunge: Hold 45 seconds, 2 sets, on each side.</li>"));
        assertTrue(html.contains("<li>Cat-Cow: 10 times.</li>"));
        assertTrue(html.contains("<li>Wide-Legged Forward Fold: Hold 30 seconds. <strong>On hold</strong></li>"));
        assertTrue(html.contains("href=\"/therapist/programs/" + PROGRAM + "\">Edit program</a>"));
        assertTrue(html.contains("href=\"/therapist/programs/new?patient=" + PATIENT + "\">New program</a>"));
        Backends.server().verify(getRequestedFor(urlPathEqualTo("/program/api/flags"))
                .withQueryParam("patient", equalTo(PATIENT)));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void adherenceByWeekIsAnSvgChartWithTheSameNumbersInATable() {
        patientWithProgram("Bea Calm", null, null, "x");
        String html = given().get(PAGE).then().statusCode(200).extract().asString();

        assertTrue(html.contains("Last 7 days: <strong>86%</strong>."));
        assertTrue(html.contains("Last 28 days: <strong>64%</strong>."));
        assertTrue(html.contains("Current streak: 3 days."));
        assertTrue(html.contains("Pain trend: improving."));
        assertTrue(html.contains("<svg viewBox=\"0 0 320 140\" role=\"img\" aria-labelledby=\"adherence-title\""));
        assertTrue(html.contains("<title id=\"adherence-title\">Sessions done per week, as a percentage of those prescribed</title>"));
        assertEquals(7, count(html, "<rect class=\"bar\""), "a bar for each week with something prescribed");
        assertTrue(html.contains("<caption>Adherence per week</caption>"));
        assertTrue(Pattern.compile("<tr><th scope=\"row\">28 Sept?</th><td>nothing prescribed</td></tr>").matcher(html).find(),
                "a week with nothing prescribed is not a zero");
        assertTrue(html.contains("<tr><th scope=\"row\">5 Oct</th><td>40%</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">16 Nov</th><td>80%</td></tr>"));

        LocalDate today = LocalDate.now(ZoneId.of(BackendJson.ZONE));
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(7);
        Backends.server().verify(getRequestedFor(urlPathEqualTo(API + "/adherence"))
                .withQueryParam("from", equalTo(from.toString())).withQueryParam("to", equalTo(today.toString())));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void painAfterEachSessionIsAChartOldestFirstAndTheSessionsATable() {
        patientWithProgram("Bea Calm", "Felt loose", null, "x");
        String html = given().get(PAGE).then().statusCode(200).extract().asString();

        assertTrue(html.contains("<svg viewBox=\"0 0 320 140\" role=\"img\" aria-labelledby=\"pain-title\""));
        assertTrue(html.contains("<title id=\"pain-title\">Pain after each session, 0 to 10</title>"));
        assertEquals(2, count(html, "<circle class=\"dot\""));
        assertTrue(Pattern.compile("<polyline class=\"line\" points=\"\\d+,\\d+ \\d+,\\d+\"/>").matcher(html).find());
        assertTrue(html.contains("<caption>Pain after each session</caption>"));
        assertTrue(html.indexOf("<tr><th scope=\"row\">20 Nov</th><td>2</td></tr>")
                < html.indexOf("<tr><th scope=\"row\">22 Nov</th><td>6</td></tr>"), "oldest first, both shown");
        assertTrue(html.indexOf("<tr><th scope=\"row\">20 Nov</th><td>2</td></tr>") > 0);

        String sessions = html.substring(html.indexOf("<caption class=\"visually-hidden\">Sessions, newest first</caption>"));
        assertTrue(sessions.contains("<time datetime=\"2026-11-22T18:00Z\">2026-11-22</time></th><td>partial</td>"
                + "<td>3</td><td>6</td><td>7</td><td>hard</td><td></td>"));
        assertTrue(sessions.contains("<td>full</td><td>4</td><td>2</td><td>5</td><td>right</td><td>Felt loose</td>"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void checkInsShowTheirSeverityPainAndThePatientsWords() {
        patientWithProgram("Bea Calm", null, "Tingling in my left foot", "x");
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<time datetime=\"2026-11-21T18:00Z\">2026-11-21</time>: "
                        + "<span class=\"flag flag-urgent\">URGENT</span>, pain 7/10. \"Tingling in my left foot\""))
                .body(containsString("<time datetime=\"2026-11-14T08:00Z\">2026-11-14</time>: nothing to flag, pain 2/10"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void whatPatientsTypedIsShownAsText() {
        patientWithProgram("Pat <script>alert('name')</script>", "<img src=x onerror=alert('note')>",
                "<script>alert('report')</script>", "<b>rule</b>");
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>Pat &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</h1>"))
                .body(containsString("<title>Pat &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; - Limber</title>"))
                .body(containsString("<td>&lt;img src=x onerror=alert(&#39;note&#39;)&gt;</td>"))
                .body(containsString("\"&lt;script&gt;alert(&#39;report&#39;)&lt;/script&gt;\""))
                .body(containsString("<li>&lt;b&gt;rule&lt;/b&gt;</li>"))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<img src=x")))
                .body(not(containsString("<b>rule</b>")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void withoutACurrentProgramThePageSaysSoAndAsksForNoAdherence() {
        Stubs.json(API, BackendJson.patient("Bea Calm"));
        Stubs.json(API + "/programs", "[" + BackendJson.program("COMPLETED") + "]");
        Stubs.json("/program/api/flags", "[]");
        Stubs.json(API + "/symptom-reports", "[]");
        given().get(PAGE).then().statusCode(200)
                .body(containsString("No active program."))
                .body(containsString("<a href=\"/therapist/programs/" + PROGRAM + "\">Five-minute release</a> (completed)"))
                .body(containsString("No flags."))
                .body(containsString("No sessions logged yet."))
                .body(containsString("No check-ins yet."))
                .body(not(containsString("<svg")));
        Backends.server().verify(0, getRequestedFor(urlPathEqualTo(API + "/adherence")));
        Backends.server().verify(0, getRequestedFor(urlPathEqualTo("/program/api/programs/" + PROGRAM + "/sessions")));
    }

    @Test
    @TestSecurity(user = "olga", roles = "therapist")
    void anotherClinicsPatientIsNotFound() {
        Stubs.problem(get(urlPathEqualTo("/program/api/patients/" + OTHER_PATIENT)), 404, "Not Found", "No such patient");
        given().get("/therapist/patients/" + OTHER_PATIENT).then().statusCode(404).body(containsString("Page not found"))
                .body(not(containsString("Something went wrong")));
        Backends.server().verify(0, getRequestedFor(urlPathEqualTo("/program/api/patients/" + OTHER_PATIENT + "/programs")));
        given().get("/therapist/patients/not-a-patient").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = "clinic-admin")
    void clinicAdminsSeeThePatientToo() {
        patientWithProgram("Bea Calm", null, null, "x");
        given().get(PAGE).then().statusCode(200).body(containsString("<h1>Bea Calm</h1>"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void patientsCannotOpenIt() {
        given().get(PAGE).then().statusCode(404).body(containsString("Page not found"));
        Backends.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void programServiceDownIsSaidOnEveryVisitNeverAnError() {
        Stubs.unreachable(API);
        for (int visit = 0; visit < 6; visit++) {
            given().get(PAGE).then().statusCode(200)
                    .body(containsString("Programs and sessions is not available right now"))
                    .body(containsString("role=\"status\""))
                    .body(not(containsString("Something went wrong")));
        }
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void programServiceAnsweringWithAnErrorIsSaidLikeItBeingDown() {
        Stubs.status(API, 503);
        given().get(PAGE).then().statusCode(200).body(containsString("Programs and sessions is not available right now"));
        Backends.server().verify(2, getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void programServiceTooSlowToAnswerIsSaidLikeAFailure() {
        Backends.server().stubFor(get(urlPathEqualTo(API)).willReturn(aResponse().withFixedDelay(3000)
                .withHeader("Content-Type", "application/json").withBody(BackendJson.patient("Bea Calm"))));
        given().get(PAGE).then().statusCode(200).body(containsString("Programs and sessions is not available right now"))
                .body(not(containsString("Something went wrong")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void onePartOfProgramServiceFailingIsSaidToo() {
        patientWithProgram("Bea Calm", null, null, "x");
        Stubs.status(API + "/symptom-reports", 500);
        given().get(PAGE).then().statusCode(200).body(containsString("Programs and sessions is not available right now"))
                .body(not(containsString("Something went wrong")));
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }
}
