package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.limber.web.support.Backends;
import dev.limber.web.support.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's forms: each sends what it should to its backend and redirects with a one-time message;
 * bad input is shown next to its field with what was typed; a backend's refusal (400, 409, 422) is shown,
 * never a 500; forms without their CSRF token never reach a backend; a resubmitted session form sends the
 * same idempotency key.
 */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class PortalFormsTest {

    static final String PATIENT = "a0000000-0000-4000-8000-000000000002";
    static final String PROGRAM = "b0000000-0000-4000-8000-000000000001";
    static final String ITEM_1 = "c0000000-0000-4000-8000-000000000001";
    static final String ITEM_2 = "c0000000-0000-4000-8000-000000000002";
    static final String FLAG = "d0000000-0000-4000-8000-000000000001";
    static final String REPORT = "e0000000-0000-4000-8000-000000000001";

    static final String PATIENT_JSON = """
            {"id":"%s","displayName":"Pat <i>Moreno</i>","birthYear":1980,"conditionSummary":"Low back pain",
             "painOnset":"2026-10-01","baselinePain":5,"timeZone":"Europe/London","therapist":"tara"}""".formatted(PATIENT);

    static String program(String status) {
        return """
                {"id":"%s","patientId":"%s","title":"Five-minute release","status":"%s","revision":3,"version":7,
                 "schedule":{"sessionsPerDay":1,"daysPerWeek":7,"startDate":"2026-11-01"},
                 "items":[{"id":"%s","position":1,"exercise":"runners-lunge","exerciseVersion":2,
                   "dosage":{"holdSeconds":30,"perSide":true},"note":"Go <b>gently</b>",
                   "snapshot":{"name":"Runner's Lunge","version":2,"purpose":"Opens hips.","steps":["Kneel."],
                     "cautions":["Pad the back knee."],"contraindications":[]},"onHold":false},
                  {"id":"%s","position":2,"exercise":"childs-pose","exerciseVersion":1,
                   "dosage":{"breaths":5,"perSide":false},"note":null,
                   "snapshot":{"name":"Child's Pose","version":1,"purpose":"Rests the back.","steps":["Sit back."],
                     "cautions":[],"contraindications":[]},"onHold":false}]}""".formatted(PROGRAM, PATIENT, status,
                ITEM_1, ITEM_2);
    }

    static final String ADHERENCE = """
            {"from":"2026-10-05","to":"2026-11-23","prescribed":49,"completed":30,"partial":5,"missed":14,"percent":61,
             "currentStreak":3,"last7DaysPercent":71,"last28DaysPercent":64,"painTrend":"IMPROVING",
             "weeks":[{"weekStart":"2026-11-09","prescribed":7,"completed":5,"partial":1,"percent":71},
                      {"weekStart":"2026-11-16","prescribed":7,"completed":6,"partial":0,"percent":86},
                      {"weekStart":"2026-11-23","prescribed":0,"completed":0,"partial":0,"percent":null}]}""";

    static final String SESSIONS = """
            [{"id":"f0000000-0000-4000-8000-000000000001","performedAt":"2026-11-22T08:00:00Z","localDay":"2026-11-22",
              "completion":"FULL","items":[],"painBefore":5,"painAfter":3,"painDuring":4,"difficulty":"RIGHT",
              "note":"<script>x</script>"},
             {"id":"f0000000-0000-4000-8000-000000000002","performedAt":"2026-11-21T08:00:00Z","localDay":"2026-11-21",
              "completion":"PARTIAL","items":[],"painBefore":6,"painAfter":5,"painDuring":6,"difficulty":"HARD","note":null}]""";

    static final String FLAG_JSON = """
            {"id":"%s","patientId":"%s","severity":"EMERGENCY","status":"OPEN","source":"CHECK_IN",
             "rules":[{"id":"ces-saddle-numbness","severity":"EMERGENCY","explanation":"Saddle numbness: possible cauda equina."}],
             "rulesVersion":"red-flags-2026.11-1","createdAt":"2026-11-23T09:00:00Z","version":4,"events":[]}"""
            .formatted(FLAG, PATIENT);

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
    }

    static void stub(String path, String json) {
        Backends.server().stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
    }

    static void problem(com.github.tomakehurst.wiremock.client.MappingBuilder request, int status, String json) {
        Backends.server().stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(json)));
    }

    static List<LoggedRequest> posts(String pathRegex) {
        return Backends.server().findAll(postRequestedFor(urlPathMatching(pathRegex)));
    }

    // --- therapist: patient page -------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void thePatientPageShowsFlagsProgramChartsSessionsAndCheckIns() {
        stub("/program/api/patients/" + PATIENT, PATIENT_JSON);
        stub("/program/api/patients/" + PATIENT + "/programs", "[" + program("ACTIVE") + "]");
        stub("/program/api/patients/" + PATIENT + "/adherence", ADHERENCE);
        stub("/program/api/programs/" + PROGRAM + "/sessions", SESSIONS);
        stub("/program/api/flags", "[" + FLAG_JSON + "]");
        stub("/program/api/patients/" + PATIENT + "/symptom-reports", """
                [{"id":"%s","createdAt":"2026-11-23T09:00:00Z","severity":"EMERGENCY","currentPain":7,
                  "freeText":"numb <b>below</b>"}]""".formatted(REPORT));
        given().get("/therapist/patients/" + PATIENT).then().statusCode(200)
                .body(containsString("<h1>Pat &lt;i&gt;Moreno&lt;/i&gt;</h1>"))
                .body(containsString("Saddle numbness: possible cauda equina."))
                .body(containsString("/therapist/flags/" + FLAG))
                .body(containsString("Runner&#39;s Lunge: Hold 30 seconds, on each side."))
                .body(containsString("Last 7 days: <strong>71%</strong>"))
                .body(containsString("<svg viewBox=\"0 0 320 140\" role=\"img\""))
                .body(containsString("<td>86%</td>"))
                .body(containsString("<td>nothing prescribed</td>"))
                .body(containsString("<polyline class=\"line\""))
                .body(containsString("&lt;script&gt;x&lt;/script&gt;"))
                .body(not(containsString("<script>x</script>")))
                .body(containsString("numb &lt;b&gt;below&lt;/b&gt;"));
        Backends.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/program/api/flags")).withQueryParam("patient", equalTo(PATIENT)));
    }

    @Test
    @TestSecurity(user = "olga", roles = "therapist")
    void anotherClinicsPatientIsNotFound() {
        Backends.server().stubFor(get(urlPathEqualTo("/program/api/patients/" + PATIENT))
                .willReturn(aResponse().withStatus(404)));
        given().get("/therapist/patients/" + PATIENT).then().statusCode(404).body(containsString("Page not found"));
        given().get("/therapist/programs/new?patient=" + PATIENT).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void thePatientPageSaysWhenProgramsAreDown() {
        Backends.server().stubFor(get(urlPathMatching("/program/.*")).willReturn(aResponse().withStatus(503)));
        given().get("/therapist/patients/" + PATIENT).then().statusCode(200)
                .body(containsString("Programs and sessions is not available right now"));
    }

    // --- therapist: program builder ----------------------------------------------------------------------

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aDraftStartsFromATemplateAndRedirectsToTheBuilderWithAMessage() {
        stub("/program/api/patients/" + PATIENT, PATIENT_JSON);
        stub("/catalog/api/templates", """
                [{"slug":"five-minute-release","version":1,"name":"5-minute lower back and hip release",
                  "description":"x","itemCount":7,"totalSeconds":300}]""");
        Backends.server().stubFor(post(urlPathEqualTo("/program/api/patients/" + PATIENT + "/programs"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(program("DRAFT"))));
        FormSession form = FormSession.open("/therapist/programs/new?patient=" + PATIENT);
        assertEquals(true, form.html().contains("5-minute lower back and hip release (7 exercises, about 5 min)"));

        String flash = form.post().formParam("title", "Back plan").formParam("template", "five-minute-release")
                .formParam("sessionsPerDay", "2").formParam("daysPerWeek", "5").formParam("startDate", "2026-11-24")
                .formParam("reviewDate", "")
                .post("/therapist/programs/new?patient=" + PATIENT).then().statusCode(303)
                .header("Location", containsString("/therapist/programs/" + PROGRAM))
                .extract().cookie("limber-flash");
        assertEquals("PROGRAM_CREATED", flash);
        Backends.server().verify(postRequestedFor(urlPathEqualTo("/program/api/patients/" + PATIENT + "/programs"))
                .withRequestBody(equalToJson("""
                        {"title":"Back plan","template":"five-minute-release","items":[],
                         "schedule":{"sessionsPerDay":2,"daysPerWeek":5,"startDate":"2026-11-24"}}""", true, true)));

        stub("/program/api/programs/" + PROGRAM, program("DRAFT"));
        stub("/catalog/api/vocabulary", PortalPagesTest.VOCABULARY);
        List<String> cookies = given().cookie("limber-flash", flash).get("/therapist/programs/" + PROGRAM).then()
                .statusCode(200).body(containsString("Draft program created.")).extract().headers()
                .getValues("Set-Cookie");
        assertEquals(true, cookies.stream().anyMatch(c -> c.startsWith("limber-flash=") && c.contains("Max-Age=0")),
                "the shown message is cleared: " + cookies);
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void badScheduleInputIsShownNextToItsFieldWithTheValuesKept() {
        stub("/program/api/patients/" + PATIENT, PATIENT_JSON);
        stub("/catalog/api/templates", "[]");
        FormSession form = FormSession.open("/therapist/programs/new?patient=" + PATIENT);
        form.post().formParam("title", "<b>Plan</b>").formParam("sessionsPerDay", "9").formParam("daysPerWeek", "x")
                .formParam("startDate", "2026-02-30")
                .post("/therapist/programs/new?patient=" + PATIENT).then().statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("Sessions per day must be a whole number from 1 to 6."))
                .body(containsString("Days per week must be a whole number from 1 to 7."))
                .body(containsString("The start date must be a real date"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"sessionsPerDay-error\""))
                .body(containsString("value=\"&lt;b&gt;Plan&lt;/b&gt;\""))
                .body(containsString("value=\"9\""));
        assertEquals(0, posts("/program/.*").size(), "nothing sent to program-service");
    }

    static void builderBackends() {
        stub("/program/api/programs/" + PROGRAM, program("ACTIVE"));
        stub("/catalog/api/vocabulary", PortalPagesTest.VOCABULARY);
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void savingTheBuilderSendsTheRevisionVersionAndEveryItemsDosage() {
        builderBackends();
        Backends.server().stubFor(put(urlPathEqualTo("/program/api/programs/" + PROGRAM)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(program("ACTIVE"))));
        FormSession form = FormSession.open("/therapist/programs/" + PROGRAM);
        assertEquals("3", form.hidden("revision"));
        assertEquals("7", form.hidden("version"));

        builderForm(form, "45").formParam("save", "save").post("/therapist/programs/" + PROGRAM).then()
                .statusCode(303).cookie("limber-flash", "PROGRAM_SAVED");
        Backends.server().verify(putRequestedFor(urlPathEqualTo("/program/api/programs/" + PROGRAM))
                .withRequestBody(matchingJsonPath("$.revision", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.version", equalTo("7")))
                .withRequestBody(matchingJsonPath("$.items[0].exercise", equalTo("runners-lunge")))
                .withRequestBody(matchingJsonPath("$.items[0].version", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.items[0].dosage.holdSeconds", equalTo("45")))
                .withRequestBody(matchingJsonPath("$.items[0].dosage.perSide", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.items[1].dosage.breaths", equalTo("5")))
                .withRequestBody(matchingJsonPath("$.items[1].note", equalTo("Rest"))));
    }

    static io.restassured.specification.RequestSpecification builderForm(FormSession form, String hold) {
        return form.post().formParam("revision", "3").formParam("version", "7").formParam("title", "Five-minute release")
                .formParam("sessionsPerDay", "1").formParam("daysPerWeek", "7").formParam("startDate", "2026-11-01")
                .formParam("reviewDate", "")
                .formParam("exercise", "runners-lunge", "childs-pose").formParam("exerciseVersion", "2", "1")
                .formParam("name", "Runner's Lunge", "Child's Pose").formParam("hold", hold, "")
                .formParam("reps", "", "").formParam("sets", "", "").formParam("perSide", "yes", "no")
                .formParam("breaths", "", "5").formParam("note", "", "Rest");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void rowButtonsMoveRemoveAndAddExercises() {
        builderBackends();
        Backends.server().stubFor(put(urlPathEqualTo("/program/api/programs/" + PROGRAM)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(program("ACTIVE"))));
        FormSession form = FormSession.open("/therapist/programs/" + PROGRAM);
        builderForm(form, "30").formParam("move", "down-0").post("/therapist/programs/" + PROGRAM).then()
                .statusCode(303);
        builderForm(form, "30").formParam("remove", "0").post("/therapist/programs/" + PROGRAM).then().statusCode(303);
        builderForm(form, "30").formParam("add", "glute-bridge").post("/therapist/programs/" + PROGRAM).then()
                .statusCode(303);
        List<LoggedRequest> puts = Backends.server().findAll(putRequestedFor(urlPathEqualTo("/program/api/programs/"
                + PROGRAM)));
        assertEquals(3, puts.size());
        assertEquals(true, puts.get(0).getBodyAsString().indexOf("childs-pose")
                < puts.get(0).getBodyAsString().indexOf("runners-lunge"), "moved down");
        assertEquals(false, puts.get(1).getBodyAsString().contains("runners-lunge"), "removed");
        assertEquals(true, puts.get(2).getBodyAsString().contains("\"exercise\":\"glute-bridge\""), "added at the end");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aBadDosageIsShownOnItsRowAndNothingIsSaved() {
        builderBackends();
        FormSession form = FormSession.open("/therapist/programs/" + PROGRAM);
        builderForm(form, "-4").post("/therapist/programs/" + PROGRAM).then().statusCode(400)
                .body(containsString("The hold in seconds for Runner&#39;s Lunge must be a whole number from 1 to 600."))
                .body(containsString("id=\"hold-0\" name=\"hold\" type=\"text\" value=\"-4\""));
        assertEquals(0, Backends.server().findAll(putRequestedFor(urlPathMatching("/program/.*"))).size());
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aConcurrentEditIsRefusedAndShownWithTheTypedValuesKept() {
        builderBackends();
        problem(put(urlPathEqualTo("/program/api/programs/" + PROGRAM)), 409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Program changed since revision 3\"}");
        FormSession form = FormSession.open("/therapist/programs/" + PROGRAM);
        builderForm(form, "50").post("/therapist/programs/" + PROGRAM).then().statusCode(409)
                .body(containsString("Someone changed this program"))
                .body(containsString("value=\"50\""));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aBackendFieldErrorIsShownNextToTheMatchingRow() {
        builderBackends();
        problem(put(urlPathEqualTo("/program/api/programs/" + PROGRAM)), 400, """
                {"title":"Invalid input","status":400,"errors":[{"field":"items[1].dosage.breaths","message":"must be at most 100"}]}""");
        FormSession form = FormSession.open("/therapist/programs/" + PROGRAM);
        builderForm(form, "30").post("/therapist/programs/" + PROGRAM).then().statusCode(400)
                .body(containsString("id=\"breaths-1-error\""))
                .body(containsString("must be at most 100"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void activatingSendsTheTransitionAndAStaleVersionIsRefused() {
        stub("/program/api/programs/" + PROGRAM, program("DRAFT"));
        stub("/catalog/api/vocabulary", PortalPagesTest.VOCABULARY);
        Backends.server().stubFor(post(urlPathEqualTo("/program/api/programs/" + PROGRAM + "/activate"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(program("ACTIVE"))));
        FormSession form = FormSession.open("/therapist/programs/" + PROGRAM);
        form.post().formParam("version", "7").post("/therapist/programs/" + PROGRAM + "/activate").then()
                .statusCode(303).cookie("limber-flash", "PROGRAM_ACTIVATED");
        form.post().formParam("version", "6").post("/therapist/programs/" + PROGRAM + "/activate").then()
                .statusCode(409).body(containsString("Someone changed this program"));
        assertEquals(1, posts("/program/api/programs/.*/activate").size());
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theBuilderSearchesTheCatalogWithContraindicationsExcluded() {
        builderBackends();
        stub("/catalog/api/exercises", PortalPagesTest.EXERCISES);
        given().queryParam("q", "hip").queryParam("exclude", "radiating-leg-pain").get("/therapist/programs/" + PROGRAM)
                .then().statusCode(200)
                .body(containsString("2 exercises found"))
                .body(containsString("form=\"builder\" name=\"add\" value=\"runners-lunge\""))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("value=\"radiating-leg-pain\" checked"));
        Backends.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/catalog/api/exercises"))
                .withQueryParam("excludeContraindication", equalTo("radiating-leg-pain")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void previewAndHandoutShowWhatThePatientReads() {
        stub("/program/api/programs/" + PROGRAM, program("ACTIVE"));
        stub("/program/api/patients/" + PATIENT, PATIENT_JSON);
        given().get("/therapist/programs/" + PROGRAM + "/preview").then().statusCode(200)
                .body(containsString("What the patient sees"))
                .body(containsString("From your therapist: Go &lt;b&gt;gently&lt;/b&gt;"));
        given().get("/therapist/programs/" + PROGRAM + "/handout").then().statusCode(200)
                .body(containsString("href=\"/css/print.css\" media=\"print\""))
                .body(containsString("For Pat &lt;i&gt;Moreno&lt;/i&gt;"));
    }

    // --- CSRF ---------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void formsWithoutTheirCsrfTokenNeverReachABackend() {
        builderBackends();
        FormSession form = FormSession.open("/therapist/programs/" + PROGRAM);
        int missing = form.postWithoutToken().formParam("version", "7")
                .post("/therapist/programs/" + PROGRAM + "/activate").statusCode();
        int wrong = form.postWithoutToken().formParam("csrf-token", "forged").formParam("version", "7")
                .post("/therapist/programs/" + PROGRAM + "/activate").statusCode();
        int noCookie = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", form.hidden("csrf-token")).formParam("version", "7")
                .post("/therapist/programs/" + PROGRAM + "/activate").statusCode();
        assertEquals(List.of(400, 400, 400), List.of(missing, wrong, noCookie));
        assertEquals(0, posts("/program/.*").size(), "nothing reached program-service");
    }

    // --- flags --------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theInboxListsOpenFlagsWithNamesAndTheFlagCanBeAcknowledgedAndResolved() {
        stub("/program/api/flags", "[" + FLAG_JSON + "]");
        stub("/program/api/caseload", PortalPagesTest.CASELOAD);
        given().get("/therapist/flags").then().statusCode(200)
                .body(containsString("Needs action (1)"))
                .body(containsString("Pat &lt;b&gt;Moreno&lt;/b&gt;: open"))
                .body(containsString("Saddle numbness: possible cauda equina."));

        stub("/program/api/flags/" + FLAG, FLAG_JSON);
        stub("/program/api/patients/" + PATIENT, PATIENT_JSON);
        Backends.server().stubFor(post(urlPathMatching("/program/api/flags/.*/(acknowledge|resolve)"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(FLAG_JSON)));
        FormSession form = FormSession.open("/therapist/flags/" + FLAG);
        form.post().post("/therapist/flags/" + FLAG + "/acknowledge").then().statusCode(303)
                .cookie("limber-flash", "FLAG_ACKNOWLEDGED");
        form.post().formParam("version", "4").formParam("outcome", "REFERRED_TO_EMERGENCY_CARE")
                .formParam("note", "Sent to A&E").post("/therapist/flags/" + FLAG + "/resolve").then()
                .statusCode(303).cookie("limber-flash", "FLAG_RESOLVED");
        Backends.server().verify(postRequestedFor(urlPathEqualTo("/program/api/flags/" + FLAG + "/resolve"))
                .withRequestBody(equalToJson("""
                        {"outcome":"REFERRED_TO_EMERGENCY_CARE","note":"Sent to A&E","version":4}""")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void resolvingNeedsAnOutcomeAndAStaleFlagIsShown() {
        stub("/program/api/flags/" + FLAG, FLAG_JSON);
        stub("/program/api/patients/" + PATIENT, PATIENT_JSON);
        FormSession form = FormSession.open("/therapist/flags/" + FLAG);
        form.post().formParam("version", "4").formParam("note", "kept <i>note</i>")
                .post("/therapist/flags/" + FLAG + "/resolve").then().statusCode(400)
                .body(containsString("Choose what you decided."))
                .body(containsString("kept &lt;i&gt;note&lt;/i&gt;</textarea>"));
        problem(post(urlPathEqualTo("/program/api/flags/" + FLAG + "/resolve")), 409,
                "{\"title\":\"Conflict\",\"status\":409}");
        form.post().formParam("version", "3").formParam("outcome", "PROGRAM_CONTINUED")
                .post("/therapist/flags/" + FLAG + "/resolve").then().statusCode(409)
                .body(containsString("Someone else changed this flag"));
    }

    // --- patient: session log -----------------------------------------------------------------------------

    /** A day always in the past and within the 7 days a session may be logged late, in the patient's zone. */
    static String yesterday() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1).toString();
    }

    static void patientBackends(String status) {
        stub("/program/api/me", PortalPagesTest.ME);
        stub("/program/api/patients/" + PATIENT + "/programs", "[" + program(status) + "]");
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void aLoggedSessionSendsSidesAndPainWithTheFormsIdempotencyKeyAndLeadsToTheCheckIn() {
        patientBackends("ACTIVE");
        Backends.server().stubFor(post(urlPathEqualTo("/program/api/programs/" + PROGRAM + "/sessions"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(SESSIONS.substring(1, SESSIONS.indexOf("},") + 1))));
        FormSession form = FormSession.open("/me/log");
        String key = form.hidden("key");
        String day = yesterday();
        for (int attempt = 0; attempt < 2; attempt++) {
            form.post().formParam("key", key).formParam("date", day).formParam("time", "07:30")
                    .formParam("done", ITEM_1 + ":LEFT").formParam("painBefore", "4").formParam("painDuring", "5")
                    .formParam("painAfter", "3").formParam("difficulty", "RIGHT").formParam("note", "ok")
                    .post("/me/log").then().statusCode(303).header("Location", containsString("/me/check-in"))
                    .cookie("limber-flash", "SESSION_SAVED_CHECK_IN");
        }
        List<LoggedRequest> logged = posts("/program/api/programs/.*/sessions");
        assertEquals(2, logged.size());
        assertEquals(key, logged.get(0).getHeader("Idempotency-Key"));
        assertEquals(key, logged.get(1).getHeader("Idempotency-Key"), "a resubmission sends the same key");
        Backends.server().verify(postRequestedFor(urlPathEqualTo("/program/api/programs/" + PROGRAM + "/sessions"))
                .withRequestBody(equalToJson("""
                        {"performedAt":"%sT07:30","painBefore":4,"painAfter":3,"painDuring":5,"difficulty":"RIGHT",
                         "note":"ok","items":[{"itemId":"%s","done":true,"sidesDone":"LEFT"},
                                              {"itemId":"%s","done":false,"sidesDone":null}]}"""
                        .formatted(day, ITEM_1, ITEM_2))));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void missingPainAndAFutureDayAreShownWithTheTicksKept() {
        patientBackends("ACTIVE");
        FormSession form = FormSession.open("/me/log");
        form.post().formParam("key", form.hidden("key")).formParam("date", "2999-01-01").formParam("time", "07:30")
                .formParam("done", ITEM_2).formParam("painBefore", "").formParam("painDuring", "11")
                .formParam("painAfter", "3").formParam("note", "x")
                .post("/me/log").then().statusCode(400)
                .body(containsString("The day cannot be in the future."))
                .body(containsString("Enter your pain before."))
                .body(containsString("must be a whole number from 0 to 10"))
                .body(containsString("Choose how hard it felt."))
                .body(containsString("value=\"" + ITEM_2 + "\" checked"))
                .body(containsString("<option value=\"3\" selected>"));
        assertEquals(0, posts("/program/.*").size());
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void theSameKeyWithADifferentSessionIsShownNotFailed() {
        patientBackends("ACTIVE");
        problem(post(urlPathEqualTo("/program/api/programs/" + PROGRAM + "/sessions")), 422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"detail\":\"This Idempotency-Key was used for another session\"}");
        FormSession form = FormSession.open("/me/log");
        form.post().formParam("key", form.hidden("key")).formParam("date", yesterday())
                .formParam("time", "00:01").formParam("painBefore", "1").formParam("painDuring", "1")
                .formParam("painAfter", "1").formParam("difficulty", "EASY")
                .post("/me/log").then().statusCode(422)
                .body(containsString("This Idempotency-Key was used for another session"));
    }

    // --- patient: check-in --------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void anEmergencyAnswerRedirectsToTheEmergencyPage() {
        stub("/program/api/me", PortalPagesTest.ME);
        String triage = """
                {"reportId":"%s","severity":"EMERGENCY","emergency":true,
                 "patientMessage":"Get emergency help now. Call your local emergency number.",
                 "actionsTaken":["PROGRAM_PAUSED"],"flagId":"%s"}""".formatted(REPORT, FLAG);
        Backends.server().stubFor(post(urlPathEqualTo("/program/api/patients/" + PATIENT + "/symptom-reports"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(triage)));
        stub("/program/api/patients/" + PATIENT + "/symptom-reports/" + REPORT + "/triage", triage);

        FormSession form = FormSession.open("/me/check-in");
        var post = form.post().formParam("key", form.hidden("key")).formParam("numbness", "SADDLE")
                .formParam("currentPain", "6").formParam("freeText", "numb");
        for (String q : List.of("newBladderOrBowelProblem", "legWeaknessWorsening", "feverOrUnwell", "recentTrauma",
                "nightPainNotEasing", "unexplainedWeightLoss", "historyOfCancer")) {
            post.formParam(q, "no");
        }
        post.formParam("painBelowKnee", "yes").post("/me/check-in").then().statusCode(303)
                .header("Location", containsString("/me/reports/" + REPORT));
        Backends.server().verify(postRequestedFor(urlPathEqualTo("/program/api/patients/" + PATIENT + "/symptom-reports"))
                .withHeader("Idempotency-Key", equalTo(form.hidden("key")))
                .withRequestBody(equalToJson("""
                        {"numbness":["SADDLE"],"newBladderOrBowelProblem":false,"feverOrUnwell":false,
                         "recentTrauma":false,"legWeaknessWorsening":false,"painBelowKnee":true,
                         "nightPainNotEasing":false,"unexplainedWeightLoss":false,"historyOfCancer":false,
                         "currentPain":6,"freeText":"numb"}""")));

        given().get("/me/reports/" + REPORT).then().statusCode(200)
                .body(containsString("<div class=\"emergency-page\" role=\"alert\">"))
                .body(containsString("<h1>Get emergency help now</h1>"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void everyQuestionMustBeAnswered() {
        stub("/program/api/me", PortalPagesTest.ME);
        FormSession form = FormSession.open("/me/check-in");
        form.post().formParam("key", form.hidden("key")).formParam("numbness", "ONE_LEG")
                .formParam("feverOrUnwell", "yes").post("/me/check-in").then().statusCode(400)
                .body(containsString("Answer yes or no."))
                .body(containsString("value=\"ONE_LEG\" checked"))
                .body(containsString("name=\"feverOrUnwell\" value=\"yes\" checked"));
        assertEquals(0, posts("/program/.*").size());
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void anotherPatientsReportIsNotFound() {
        stub("/program/api/me", PortalPagesTest.ME);
        Backends.server().stubFor(get(urlPathMatching("/program/api/patients/.*/triage"))
                .willReturn(aResponse().withStatus(404)));
        given().get("/me/reports/" + REPORT).then().statusCode(404);
    }

    // --- patient: today, history, handout -----------------------------------------------------------------

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void todaySaysWhatIsDoneAndOffersTheTimerHistoryShowsChartsAndTheHandoutPrints() {
        patientBackends("ACTIVE");
        stub("/program/api/patients/" + PATIENT + "/adherence", ADHERENCE.replace("\"completed\":30", "\"completed\":0")
                .replace("\"prescribed\":49", "\"prescribed\":1"));
        given().get("/me").then().statusCode(200)
                .body(containsString("Done today: 0 of 1"))
                .body(containsString("class=\"timer\" data-hold=\"30\" data-sides=\"2\" data-sets=\"1\""))
                .body(containsString("<script src=\"/js/timer.js\" defer>"));
        stub("/program/api/patients/" + PATIENT + "/adherence", ADHERENCE);
        stub("/program/api/programs/" + PROGRAM + "/sessions", SESSIONS);
        given().get("/me/history").then().statusCode(200)
                .body(containsString("Last 7 days: <strong>71%</strong>"))
                .body(containsString("role=\"img\""))
                .body(containsString("some done; pain 6 before, 5 after"));
        given().get("/me/handout").then().statusCode(200).body(containsString("Runner&#39;s Lunge"));
        given().get("/js/timer.js").then().statusCode(200).body(containsString("Start timer"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void patientsCannotReachTherapistForms() {
        given().get("/therapist/programs/" + PROGRAM).then().statusCode(404);
        given().get("/therapist/flags").then().statusCode(404);
        given().get("/catalog/new").then().statusCode(404);
    }

    // --- catalog editor -----------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void anExerciseEditSendsTheVersionAndAStaleOneIsShown() {
        stub("/catalog/api/vocabulary", PortalPagesTest.VOCABULARY);
        stub("/catalog/api/exercises/runners-lunge", """
                {"slug":"runners-lunge","version":2,"latestVersion":2,"retired":false,"name":"Runner's Lunge",
                 "aliases":["Low lunge"],"purpose":"Opens hips.","steps":["Kneel.","Step forward."],
                 "category":"static-stretch","position":"tabletop","regions":["hip"],"muscles":["hip-flexors"],
                 "equipment":["mat"],"cautions":[],"contraindications":[],
                 "dosage":{"holdSeconds":30,"perSide":true},"sourceArticles":["000"]}""");
        Backends.server().stubFor(put(urlPathEqualTo("/catalog/api/exercises/runners-lunge")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"slug\":\"runners-lunge\",\"version\":3}")));
        FormSession form = FormSession.open("/catalog/runners-lunge/edit");
        assertEquals("2", form.hidden("version"));
        form.post().formParam("version", "2").formParam("name", "Runner's Lunge").formParam("aliases", "Low lunge")
                .formParam("purpose", "Opens hips.").formParam("steps", "Kneel.\r\nStep forward.\r\n\r\nHold.")
                .formParam("category", "static-stretch").formParam("position", "tabletop")
                .formParam("regions", "hip").formParam("muscles", "hip-flexors").formParam("holdSeconds", "40")
                .formParam("perSide", "yes").post("/catalog/runners-lunge/edit").then().statusCode(303)
                .cookie("limber-flash", "EXERCISE_SAVED");
        Backends.server().verify(putRequestedFor(urlPathEqualTo("/catalog/api/exercises/runners-lunge"))
                .withRequestBody(matchingJsonPath("$.version", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.steps.length()", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.dosage.holdSeconds", equalTo("40")))
                .withRequestBody(matchingJsonPath("$.sourceArticles[0]", equalTo("000"))));

        problem(put(urlPathEqualTo("/catalog/api/exercises/runners-lunge")), 409, "{\"title\":\"Conflict\",\"status\":409}");
        form.post().formParam("version", "1").formParam("name", "Runner's Lunge").formParam("purpose", "Opens hips.")
                .formParam("steps", "Kneel.").formParam("category", "static-stretch").formParam("position", "tabletop")
                .formParam("regions", "hip").formParam("muscles", "hip-flexors")
                .post("/catalog/runners-lunge/edit").then().statusCode(409)
                .body(containsString("Someone saved a newer version"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aNewExerciseNeedsItsEssentials() {
        stub("/catalog/api/vocabulary", PortalPagesTest.VOCABULARY);
        FormSession form = FormSession.open("/catalog/new");
        form.post().formParam("name", "<script>alert(1)</script>").formParam("reps", "0").post("/catalog/new").then()
                .statusCode(400)
                .body(containsString("Enter what the exercise is for"))
                .body(containsString("Enter the steps, one per line."))
                .body(containsString("Choose at least one body region."))
                .body(containsString("The reps must be a whole number from 1 to 200."))
                .body(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertEquals(0, posts("/catalog/.*").size());
    }
}
