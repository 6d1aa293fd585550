package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.limber.web.support.Backends;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each page renders what its backends say, degrades when one is down, and escapes what users typed. */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class PortalPagesTest {

    static final String CASELOAD = """
            [{"patientId":"a0000000-0000-4000-8000-000000000001","displayName":"Bea Calm","programId":null,
              "programStatus":"ACTIVE","last7DaysPercent":86,"previous7DaysPercent":57,"lastSessionAt":"2026-11-22T08:00:00Z","painTrend":"IMPROVING",
              "openFlags":0,"mostUrgentFlag":null},
             {"patientId":"a0000000-0000-4000-8000-000000000002","displayName":"Pat <b>Moreno</b>","programId":null,
              "programStatus":"PAUSED","last7DaysPercent":40,"previous7DaysPercent":90,"lastSessionAt":null,"painTrend":"WORSENING",
              "openFlags":2,"mostUrgentFlag":"EMERGENCY"}]""";

    static final String EXERCISES = """
            {"items":[{"slug":"runners-lunge","version":1,"name":"Runner's Lunge","aliases":[],"purpose":"Opens tight hip flexors.",
              "category":"static-stretch","position":"tabletop","dosage":{"holdSeconds":30,"perSide":true},
              "regions":["hip"],"muscles":["hip-flexors"],"equipment":["mat"],"contraindications":["knee-pain"]},
             {"slug":"evil","version":1,"name":"<script>alert(1)</script>","aliases":[],"purpose":"x",
              "category":"static-stretch","position":"supine","dosage":{"breaths":5,"perSide":false},
              "regions":["hip"],"muscles":["glutes"],"equipment":[],"contraindications":[]}],
             "total":2,"page":0,"size":50}""";

    static final String VOCABULARY = """
            {"categories":["static-stretch"],"positions":["tabletop","supine"],"regions":["hip","lower-back"],
             "muscles":["glutes","hip-flexors"],"equipment":["mat"],"contraindications":["radiating-leg-pain"]}""";

    static final String ME = """
            {"id":"a0000000-0000-4000-8000-000000000002","displayName":"Pat","birthYear":1980,"conditionSummary":"Low back",
             "painOnset":"2026-10-01","baselinePain":5,"timeZone":"Europe/London"}""";

    static String programs(String status, boolean held) {
        return """
                [{"id":"b0000000-0000-4000-8000-000000000001","patientId":"a0000000-0000-4000-8000-000000000002",
                  "title":"Five-minute release","status":"%s","revision":1,
                  "schedule":{"sessionsPerDay":2,"daysPerWeek":7,"weekdays":[],"startDate":"2026-11-01"},
                  "items":[{"id":"c0000000-0000-4000-8000-000000000001","position":1,"exercise":"runners-lunge",
                    "exerciseVersion":1,"dosage":{"holdSeconds":45,"perSide":true},"note":"Go gently",
                    "snapshot":{"name":"Runner's Lunge","version":1,"purpose":"Opens hips.",
                      "steps":["Start on your hands and knees.","Step your right foot forward."],
                      "cautions":["Pad the back knee."],"contraindications":[]},"onHold":false,"holdReason":null},
                   {"id":"c0000000-0000-4000-8000-000000000002","position":2,"exercise":"wide-legged-forward-fold",
                    "exerciseVersion":1,"dosage":{"holdSeconds":30,"perSide":false},"note":null,
                    "snapshot":{"name":"Wide-Legged Forward Fold","version":1,"purpose":"Stretches hamstrings.",
                      "steps":["Stand wide."],"cautions":[],"contraindications":["radiating-leg-pain"]},
                    "onHold":%s,"holdReason":"On hold until your therapist checks it."}]}]""".formatted(status, held);
    }

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
        RestAssured.urlEncodingEnabled = true;
    }

    static void stub(String path, String json) {
        Backends.server().stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
    }

    static void down(String path) {
        Backends.server().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void therapistsLandOnTheirCaseloadWithEmergenciesImpossibleToMiss() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/therapist"));
        stub("/program/api/caseload", CASELOAD);
        given().get("/therapist").then().statusCode(200)
                .body(containsString("1 patient needs you now"))
                .body(containsString("role=\"alert\""))
                .body(containsString("flag-emergency"))
                .body(containsString("86%"))
                // A small trend against the week before, in words (the arrow is hidden from screen readers)
                .body(containsString("<span aria-hidden=\"true\">&#8599;</span> up from 57%"))
                .body(containsString("class=\"trend trend-down\"><span aria-hidden=\"true\">&#8600;</span> down from 90%"))
                .body(containsString("Pat &lt;b&gt;Moreno&lt;/b&gt;"))
                .body(not(containsString("<b>Moreno</b>")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theCaseloadSaysWhenProgramsAreUnavailableInsteadOfFailing() {
        down("/program/api/caseload");
        given().get("/therapist").then().statusCode(200)
                .body(containsString("Programs and sessions is not available right now"))
                .body(containsString("Your patients"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void catalogSearchShowsDosageInWordsAndEscapesNames() {
        stub("/catalog/api/vocabulary", VOCABULARY);
        stub("/catalog/api/exercises", EXERCISES);
        given().queryParam("q", "hip").queryParam("safe", "true").get("/catalog").then().statusCode(200)
                .body(containsString("2 exercises found"))
                .body(containsString("Hold 30 seconds, on each side."))
                .body(containsString("5 deep breaths."))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("value=\"hip\""))
                .body(containsString("id=\"safe\" name=\"safe\" type=\"checkbox\" value=\"true\" checked"));
        Backends.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/catalog/api/exercises"))
                .withQueryParam("excludeContraindication", com.github.tomakehurst.wiremock.client.WireMock.equalTo("radiating-leg-pain")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void anUnknownExerciseIsAPlainNotFoundPage() {
        Backends.server().stubFor(get(urlPathEqualTo("/catalog/api/exercises/nope")).willReturn(aResponse().withStatus(404)));
        given().get("/catalog/nope").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void catalogDownKeepsTheSearchFormAndSaysSo() {
        down("/catalog/api/vocabulary");
        given().get("/catalog").then().statusCode(200)
                .body(containsString("The exercise catalog is not available right now"))
                .body(containsString("name=\"q\""));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void patientsSeeTodayWithStepsDosageCautionsAndTheirTherapistsNote() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/me"));
        stub("/program/api/me", ME);
        stub("/program/api/patients/a0000000-0000-4000-8000-000000000002/programs", programs("ACTIVE", true));
        given().get("/me").then().statusCode(200)
                .body(containsString("Today's exercises"))
                .body(containsString("2 times a day"))
                .body(containsString("Hold 45 seconds, on each side."))
                .body(containsString("Step your right foot forward."))
                .body(containsString("Pad the back knee."))
                .body(containsString("From your therapist: Go gently"))
                .body(containsString("On hold."));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aPausedProgramTellsThePatientToStop() {
        stub("/program/api/me", ME);
        stub("/program/api/patients/a0000000-0000-4000-8000-000000000002/programs", programs("PAUSED", false));
        given().get("/me").then().statusCode(200).body(containsString("Your exercises are paused"))
                .body(not(containsString("Step your right foot forward.")));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void patientsCannotOpenTherapistPages() {
        given().get("/therapist").then().statusCode(404).body(containsString("Page not found"));
        given().get("/catalog").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void therapistsHaveNoPatientPage() {
        given().get("/me").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "visitor", roles = "guest")
    void aUserWithoutARoleGetsAClearPage() {
        given().get("/").then().statusCode(403).body(containsString("has no access to Limber yet"))
                .body(containsString("visitor"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void everyPageCarriesSecurityHeaders() {
        stub("/program/api/caseload", "[]");
        given().get("/therapist").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body(containsString("No patients are assigned to you yet"));
    }

    @Test
    void unknownPagesAreNotFoundAndStaticAssetsArePublic() {
        given().get("/css/limber.css").then().statusCode(200).body(containsString("--ink"));
    }

    @Test
    void healthAndMetricsAreOnlyOnTheManagementPort() {
        // The portal's port (the one the Ingress routes to) asks for sign-in and shows no health
        given().redirects().follow(false).get("/q/health/ready").then().statusCode(401)
                .body(not(containsString("\"status\"")));
        given().redirects().follow(false).get("/q/metrics").then().statusCode(401)
                .body(not(containsString("jvm_")));
        given().port(managementPort).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().port(managementPort).get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
