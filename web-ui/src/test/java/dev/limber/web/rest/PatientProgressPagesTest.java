package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.limber.web.support.BackendJson.PATIENT;
import static dev.limber.web.support.BackendJson.PROGRAM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.limber.web.support.BackendJson;
import dev.limber.web.support.Backends;
import dev.limber.web.support.Stubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A patient's own pages: what is done today, their progress as charts and tables, and the printable handout. */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class PatientProgressPagesTest {

    static final String API = "/program/api/patients/" + PATIENT;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
        breakers.resetAll();
        RestAssured.urlEncodingEnabled = true;
    }

    static void patientWithProgram(String name, String program) {
        Stubs.json("/program/api/me", BackendJson.patient(name));
        Stubs.json(API + "/programs", "[" + program + "]");
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void todaySaysHowManyOfTodaysSessionsAreDoneAndOffersTheHoldTimer() {
        patientWithProgram("Pat", BackendJson.program("ACTIVE"));
        Stubs.json(API + "/adherence", BackendJson.adherence(2, 1));
        given().get("/me").then().statusCode(200)
                .body(containsString("<strong>Done today: 1 of 2</strong> sessions."))
                .body(containsString("<a class=\"button\" href=\"/me/log\">Log a session</a>"))
                .body(containsString("<div class=\"timer\" data-hold=\"45\" data-sides=\"2\" data-sets=\"2\" "
                        + "data-name=\"Runner&#39;s Lunge\"></div>"))
                .body(containsString("<script src=\"/js/timer.js\" defer></script>"));
        String today = LocalDate.now(ZoneId.of(BackendJson.ZONE)).toString();
        Backends.server().verify(getRequestedFor(urlPathEqualTo(API + "/adherence"))
                .withQueryParam("from", equalTo(today)).withQueryParam("to", equalTo(today)));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aDayWithNothingPrescribedIsARestDay() {
        patientWithProgram("Pat", BackendJson.program("ACTIVE"));
        Stubs.json(API + "/adherence", BackendJson.adherence(0, 0));
        given().get("/me").then().statusCode(200)
                .body(containsString("Today is a rest day. You can still do your exercises if you like."))
                .body(not(containsString("Done today")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theExercisesStillShowWhenTodaysCountCannotBeHad() {
        patientWithProgram("Pat", BackendJson.program("ACTIVE"));
        Stubs.status(API + "/adherence", 503);
        given().get("/me").then().statusCode(200)
                .body(containsString("Hold 45 seconds, 2 sets, on each side."))
                .body(not(containsString("Done today")))
                .body(not(containsString("is not available right now")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void historyShowsAdherenceAndPainChartsWithTablesAndTheSessions() {
        patientWithProgram("Pat", BackendJson.program("ACTIVE"));
        Stubs.json(API + "/adherence", BackendJson.adherence(2, 1));
        Stubs.json("/program/api/programs/" + PROGRAM + "/sessions", BackendJson.sessions("Felt <b>loose</b>"));
        given().get("/me/history").then().statusCode(200)
                .body(containsString("Last 7 days: <strong>86%</strong> of your sessions."))
                .body(containsString("You have kept going 3 days in a row."))
                .body(containsString("aria-labelledby=\"adherence-title\""))
                .body(containsString("<caption>Adherence per week</caption>"))
                .body(containsString("<tr><th scope=\"row\">9 Nov</th><td>100%</td></tr>"))
                .body(containsString("aria-labelledby=\"pain-title\""))
                .body(containsString("<tr><th scope=\"row\">22 Nov</th><td>6</td></tr>"))
                .body(containsString("2026-11-22</time>: some done; pain 3 before, 6 after</li>"))
                .body(containsString("2026-11-20</time>: all done; pain 4 before, 2 after. \"Felt &lt;b&gt;loose&lt;/b&gt;\"</li>"))
                .body(not(containsString("<b>loose</b>")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void historyWithoutAProgramSaysSo() {
        patientWithProgram("Pat", BackendJson.program("COMPLETED"));
        given().get("/me/history").then().statusCode(200)
                .body(containsString("Your therapist has not set up your exercises yet."));
        Backends.server().verify(0, getRequestedFor(urlPathEqualTo(API + "/adherence")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void historySaysWhenProgramServiceIsDownOnEveryVisit() {
        Stubs.unreachable("/program/api/me");
        for (int visit = 0; visit < 5; visit++) {
            given().get("/me/history").then().statusCode(200)
                    .body(containsString("Programs and sessions is not available right now"))
                    .body(not(containsString("Your therapist has not set up")));
        }
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theHandoutNamesThePatientAsTextAndLeavesOutHeldExercises() {
        patientWithProgram("Pat <script>alert('name')</script>",
                BackendJson.program("ACTIVE", "<img src=x onerror=alert(1)>", "Cat-Cow"));
        given().get("/me/handout").then().statusCode(200)
                .body(containsString("For Pat &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;. 2 times a day, 5 days a week."))
                .body(containsString("<h2>Runner&#39;s Lunge</h2>"))
                .body(containsString("<h2>Cat-Cow</h2>"))
                .body(containsString("From your therapist: &lt;img src=x onerror=alert(1)&gt;"))
                .body(containsString("Stop and get emergency help"))
                .body(not(containsString("Wide-Legged Forward Fold")))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<img src=x")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void thereIsNoHandoutWithoutAProgram() {
        patientWithProgram("Pat", BackendJson.program("DRAFT"));
        given().get("/me/handout").then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void therapistsHaveNoProgressOrHandoutOfTheirOwn() {
        given().get("/me/history").then().statusCode(404).body(containsString("Page not found"));
        given().get("/me/handout").then().statusCode(404);
        Backends.server().verify(0, anyRequestedFor(anyUrl()));
    }
}
