package dev.limber.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.limber.web.support.BackendJson.NEW_PROGRAM;
import static dev.limber.web.support.BackendJson.OTHER_PATIENT;
import static dev.limber.web.support.BackendJson.PATIENT;
import static dev.limber.web.support.BackendJson.PROGRAM;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The program builder as a therapist uses it: start a draft, edit schedule, dosage, notes and order, add from
 * the catalog, change the status; every change names the revision and version seen, and a refusal is shown
 * next to what was typed.
 */
@QuarkusTest
@QuarkusTestResource(Backends.class)
class ProgramBuilderPagesTest {

    static final String PATIENT_API = "/program/api/patients/" + PATIENT;
    static final String PROGRAM_API = "/program/api/programs/" + PROGRAM;
    static final String NEW_PAGE = "/therapist/programs/new?patient=" + PATIENT;
    static final String BUILDER = "/therapist/programs/" + PROGRAM;
    static final String CONFLICT = "Someone changed this program (perhaps you, in another tab) since this page was opened. "
            + "Nothing was saved.";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Backends.server().resetAll();
        breakers.resetAll();
        RestAssured.urlEncodingEnabled = true;
    }

    static void patientAndCatalog(String name) {
        Stubs.json(PATIENT_API, BackendJson.patient(name));
        Stubs.json("/catalog/api/templates", BackendJson.TEMPLATES);
        Stubs.json("/catalog/api/vocabulary", BackendJson.VOCABULARY);
    }

    static void draft() {
        Stubs.json(PROGRAM_API, BackendJson.program("DRAFT"));
        Stubs.json("/catalog/api/vocabulary", BackendJson.VOCABULARY);
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aNewProgramStartsTodayInThePatientsZoneAndOffersTheCatalogTemplates() {
        patientAndCatalog("Bea Calm");
        FormPage page = FormPage.open(NEW_PAGE);
        assertTrue(page.html().contains("<h1>New program for Bea Calm</h1>"));
        assertTrue(page.html().contains("Low back basics (5 exercises, about 5 min)"));
        assertTrue(page.html().contains("<option value=\"\">No template: I will add exercises</option>"));
        var form = page.form(NEW_PAGE);
        assertEquals("Home exercises", form.values("title").get(0));
        assertEquals("1", form.values("sessionsPerDay").get(0));
        assertEquals("7", form.values("daysPerWeek").get(0));
        assertEquals(LocalDate.now(ZoneId.of(BackendJson.ZONE)).toString(), form.values("startDate").get(0));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void creatingADraftSendsTitleScheduleAndTemplateThenOpensItInTheBuilder() {
        patientAndCatalog("Bea Calm");
        Stubs.json(post(urlPathEqualTo(PATIENT_API + "/programs")), 201, BackendJson.newDraft());
        Response created = FormPage.open(NEW_PAGE).form(NEW_PAGE).set("title", "Back to running")
                .set("template", "low-back-basics").set("sessionsPerDay", "2").set("daysPerWeek", "5")
                .set("startDate", "2026-12-01").set("reviewDate", "2027-01-12").post();

        created.then().statusCode(303).header("Location", endsWith("/therapist/programs/" + NEW_PROGRAM));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(PATIENT_API + "/programs"))
                .withRequestBody(equalToJson("""
                        {"revision":null,"version":null,"title":"Back to running","template":"low-back-basics",
                         "schedule":{"sessionsPerDay":2,"daysPerWeek":5,"startDate":"2026-12-01",
                           "reviewDate":"2027-01-12","endDate":null},
                         "items":[]}""")));
        Stubs.json("/program/api/programs/" + NEW_PROGRAM, BackendJson.newDraft());
        FormPage.flashShownOnce(created, "/therapist/programs/" + NEW_PROGRAM,
                "Draft program created. Add exercises and adjust the dosage, then activate it.");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aNewProgramWithMistakesIsShownAgainWithEachMessageNextToItsFieldAndNothingIsCreated() {
        patientAndCatalog("Bea Calm");
        Response refused = FormPage.open(NEW_PAGE).form(NEW_PAGE).set("title", " ").set("template", "low-back-basics")
                .set("sessionsPerDay", "9").set("startDate", "2026-12-01").set("reviewDate", "2026-11-01").post();

        refused.then().statusCode(400).body(containsString("There is a problem"));
        String html = refused.asString();
        assertEquals("Enter a title.", Html.fieldError(html, "title"));
        assertEquals("Sessions per day must be a whole number from 1 to 6.", Html.fieldError(html, "sessionsPerDay"));
        assertEquals("The review date must be on or after the start date.", Html.fieldError(html, "reviewDate"));
        assertTrue(Html.tag(html, "sessionsPerDay").contains("value=\"9\""), "what was typed is kept");
        assertTrue(Html.tag(html, "sessionsPerDay").contains("aria-invalid=\"true\""));
        assertTrue(Html.tag(html, "sessionsPerDay").contains("aria-describedby=\"sessionsPerDay-error\""));
        assertTrue(Html.tag(html, "startDate").contains("value=\"2026-12-01\""));
        assertFalse(Html.tag(html, "startDate").contains("aria-invalid"), "a correct field is not marked");
        assertTrue(Html.element(html, "template").contains("<option value=\"low-back-basics\" selected>"));
        assertTrue(html.contains("<a href=\"#sessionsPerDay\">"), "the summary links to the field");
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aNewProgramForNoPatientIsNotFound() {
        given().get("/therapist/programs/new").then().statusCode(404).body(containsString("Page not found"));
        given().get("/therapist/programs/new?patient=not-a-patient").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void creatingWhileProgramServiceIsDownKeepsWhatWasTypedAndIsNotRetried() {
        patientAndCatalog("Bea Calm");
        Stubs.status(post(urlPathEqualTo(PATIENT_API + "/programs")), 503);
        Response failed = FormPage.open(NEW_PAGE).form(NEW_PAGE).set("title", "Back to running").post();

        failed.then().statusCode(503).body(containsString("Programs and sessions is not available right now"));
        assertTrue(Html.tag(failed.asString(), "title").contains("value=\"Back to running\""));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(PATIENT_API + "/programs")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void programServiceRefusingANewProgramShowsItsReasonsNextToTheFields() {
        patientAndCatalog("Bea Calm");
        Stubs.problem(post(urlPathEqualTo(PATIENT_API + "/programs")), 400, "Invalid input", null,
                "template", "No template low-back-basics in the catalog",
                "schedule.startDate", "must not be more than a year ahead");
        Response refused = FormPage.open(NEW_PAGE).form(NEW_PAGE).set("template", "low-back-basics")
                .set("startDate", "2028-01-01").post();

        refused.then().statusCode(400);
        String html = refused.asString();
        assertEquals("No template low-back-basics in the catalog", Html.fieldError(html, "template"));
        assertEquals("must not be more than a year ahead", Html.fieldError(html, "startDate"));
        assertTrue(Html.tag(html, "startDate").contains("value=\"2028-01-01\""));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theBuilderShowsTheScheduleAndEveryItemWithItsDosageAndNote() {
        draft();
        FormPage page = FormPage.open(BUILDER);
        String html = page.html();
        assertTrue(html.contains("<h1>Five-minute release</h1>"));
        assertTrue(html.contains("Status: <strong>draft</strong>, revision 3"));
        assertTrue(html.contains("<legend>1. Runner&#39;s Lunge</legend>"));
        assertTrue(html.contains("<legend>2. Cat-Cow</legend>"));
        assertTrue(html.contains("<legend>3. Wide-Legged Forward Fold</legend>"));
        var form = page.form(BUILDER);
        assertEquals("3", form.values("revision").get(0));
        assertEquals("7", form.values("version").get(0));
        assertEquals("2", form.values("sessionsPerDay").get(0));
        assertEquals("5", form.values("daysPerWeek").get(0));
        assertEquals("2026-11-02", form.values("startDate").get(0));
        assertEquals("2026-12-14", form.values("reviewDate").get(0));
        assertEquals(List.of("runners-lunge", "cat-cow", "wide-legged-forward-fold"), form.values("exercise"));
        assertEquals(List.of("45", "", "30"), form.values("hold"));
        assertEquals(List.of("", "10", ""), form.values("reps"));
        assertEquals(List.of("2", "", ""), form.values("sets"));
        assertEquals(List.of("yes", "no", "no"), form.values("perSide"));
        assertEquals(List.of("Go gently", "", ""), form.values("note"));
        assertTrue(html.contains("value=\"up-1\">Move Cat-Cow up</button>"));
        assertTrue(html.contains("value=\"down-1\">Move Cat-Cow down</button>"));
        assertFalse(html.contains("value=\"up-0\""), "the first row cannot move up");
        assertTrue(html.contains("Activate program"));
        assertFalse(html.contains("Pause program"), "a draft cannot be paused");
        assertTrue(html.contains("href=\"" + BUILDER + "/preview\""));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theCatalogSearchBesideTheBuilderLeavesOutContraindicatedExercisesAndEscapesNames() {
        draft();
        Stubs.json("/catalog/api/exercises", BackendJson.SEARCH);
        given().queryParam("q", "hip").queryParam("region", "hip").queryParam("exclude", "radiating-leg-pain")
                .get(BUILDER).then().statusCode(200)
                .body(containsString("2 exercises found."))
                .body(containsString("<strong>Figure Four</strong>: Stretches the glutes."))
                .body(containsString("Hold 30 seconds, on each side."))
                .body(containsString("Not for: knee pain."))
                .body(containsString("<button type=\"submit\" form=\"builder\" name=\"add\" value=\"figure-four\""))
                .body(containsString("&lt;script&gt;alert(&#39;search&#39;)&lt;/script&gt;"))
                .body(not(containsString("<script>alert('search')")))
                .body(containsString("value=\"radiating-leg-pain\" checked"))
                .body(containsString("<option value=\"hip\" selected>"));
        Backends.server().verify(getRequestedFor(urlPathEqualTo("/catalog/api/exercises"))
                .withQueryParam("q", equalTo("hip")).withQueryParam("region", equalTo("hip"))
                .withQueryParam("excludeContraindication", equalTo("radiating-leg-pain")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void savingSendsTheRevisionAndVersionSeenWithTheScheduleAndEveryItem() {
        draft();
        Stubs.json(put(urlPathEqualTo(PROGRAM_API)), 200, BackendJson.program("DRAFT"));
        Response saved = FormPage.open(BUILDER).form(BUILDER).set("title", "Five-minute release, week 2")
                .set("daysPerWeek", "6").set("hold", 0, "60").set("note", 1, "Slowly").set("perSide", 2, "")
                .add("save", "save").post();

        saved.then().statusCode(303).header("Location", endsWith(BUILDER));
        Backends.server().verify(1, putRequestedFor(urlPathEqualTo(PROGRAM_API)).withRequestBody(equalToJson("""
                {"revision":3,"version":7,"title":"Five-minute release, week 2","template":null,
                 "schedule":{"sessionsPerDay":2,"daysPerWeek":6,"startDate":"2026-11-02","reviewDate":"2026-12-14",
                   "endDate":null},
                 "items":[
                  {"exercise":"runners-lunge","version":2,"note":"Go gently",
                   "dosage":{"holdSeconds":60,"reps":null,"sets":2,"perSide":true,"breaths":null}},
                  {"exercise":"cat-cow","version":1,"note":"Slowly",
                   "dosage":{"holdSeconds":null,"reps":10,"sets":null,"perSide":false,"breaths":null}},
                  {"exercise":"wide-legged-forward-fold","version":1,"note":null,
                   "dosage":{"holdSeconds":30,"reps":null,"sets":null,"perSide":null,"breaths":null}}]}""")));
        FormPage.flashShownOnce(saved, BUILDER, "Program saved.");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void movingARowUpSavesTheNewOrderWithEachRowsTypedDosage() {
        draft();
        Stubs.json(put(urlPathEqualTo(PROGRAM_API)), 200, BackendJson.program("DRAFT"));
        FormPage.open(BUILDER).form(BUILDER).set("reps", 1, "12").add("move", "up-1").post()
                .then().statusCode(303);
        Backends.server().verify(1, putRequestedFor(urlPathEqualTo(PROGRAM_API))
                .withRequestBody(matchingJsonPath("$.items.length()", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.items[0].exercise", equalTo("cat-cow")))
                .withRequestBody(matchingJsonPath("$.items[0].dosage.reps", equalTo("12")))
                .withRequestBody(matchingJsonPath("$.items[1].exercise", equalTo("runners-lunge")))
                .withRequestBody(matchingJsonPath("$.items[1].dosage.holdSeconds", equalTo("45")))
                .withRequestBody(matchingJsonPath("$.items[2].exercise", equalTo("wide-legged-forward-fold")))
                .withRequestBody(matchingJsonPath("$.revision", equalTo("3"))));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void removingARowSavesTheProgramWithoutIt() {
        draft();
        Stubs.json(put(urlPathEqualTo(PROGRAM_API)), 200, BackendJson.program("DRAFT"));
        FormPage.open(BUILDER).form(BUILDER).add("remove", "0").post().then().statusCode(303);
        Backends.server().verify(1, putRequestedFor(urlPathEqualTo(PROGRAM_API))
                .withRequestBody(matchingJsonPath("$.items.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.items[0].exercise", equalTo("cat-cow")))
                .withRequestBody(matchingJsonPath("$.items[1].exercise", equalTo("wide-legged-forward-fold"))));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void addingAnExerciseFoundInTheCatalogSavesItAtTheEndWithTheCatalogsDosage() {
        draft();
        Stubs.json("/catalog/api/exercises", BackendJson.SEARCH);
        Stubs.json(put(urlPathEqualTo(PROGRAM_API)), 200, BackendJson.program("DRAFT"));
        FormPage page = FormPage.open(BUILDER + "?q=glute");
        page.form(BUILDER).add("add", "figure-four").post().then().statusCode(303);
        Backends.server().verify(1, putRequestedFor(urlPathEqualTo(PROGRAM_API))
                .withRequestBody(matchingJsonPath("$.items.length()", equalTo("4")))
                .withRequestBody(equalToJson("""
                        {"items":[{},{},{},{"exercise":"figure-four","version":null,"note":null,
                          "dosage":{"holdSeconds":null,"reps":null,"sets":null,"perSide":null,"breaths":null}}]}""",
                        false, true)));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aWrongDosageIsShownNextToItsRowWithWhatWasTypedAndNothingIsSaved() {
        draft();
        Response refused = FormPage.open(BUILDER).form(BUILDER).set("title", "Week two").set("hold", 1, "abc")
                .set("note", 0, "x".repeat(1001)).add("save", "save").post();

        refused.then().statusCode(400);
        String html = refused.asString();
        assertEquals("The hold in seconds for Cat-Cow must be a whole number from 1 to 600.",
                Html.fieldError(html, "hold-1"));
        assertTrue(Html.tag(html, "hold-1").contains("value=\"abc\""));
        assertTrue(Html.tag(html, "hold-1").contains("aria-invalid=\"true\""));
        assertTrue(html.contains("<a href=\"#hold-1\">"), "the summary links to the field");
        assertEquals("The note for Runner's Lunge must be at most 1000 characters.",
                Html.unescape(Html.fieldError(html, "note-0")));
        assertTrue(Html.tag(html, "note-0").contains("aria-invalid=\"true\""));
        assertTrue(Html.element(html, "note-0").contains("x".repeat(1001)), "the long note is kept to shorten");
        assertTrue(Html.tag(html, "title").contains("value=\"Week two\""));
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void programServicesFieldPathsAreShownNextToTheMatchingRowField() {
        draft();
        Stubs.problem(put(urlPathEqualTo(PROGRAM_API)), 400, "Invalid input", null,
                "items[0].dosage.holdSeconds", "must be less than or equal to 300 for this exercise",
                "items[1].exercise", "no such exercise");
        Response refused = FormPage.open(BUILDER).form(BUILDER).set("hold", 0, "500").add("save", "save").post();

        refused.then().statusCode(400);
        String html = refused.asString();
        assertEquals("must be less than or equal to 300 for this exercise", Html.fieldError(html, "hold-0"));
        assertTrue(Html.tag(html, "hold-0").contains("value=\"500\""));
        assertTrue(Html.tag(html, "hold-0").contains("aria-invalid=\"true\""));
        assertTrue(Html.element(html, "error-summary-title").contains("There is a problem"));
        assertTrue(html.contains("items[1].exercise: no such exercise"), "a path without a field is said at the top");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aProgramChangedMeanwhileIsAConflictShownWithTheTypedValuesAndNothingOverwritten() {
        draft();
        Stubs.problem(put(urlPathEqualTo(PROGRAM_API)), 409, "Conflict", "Revision 3 is not the current revision (4)");
        Response refused = FormPage.open(BUILDER).form(BUILDER).set("title", "My week two").set("hold", 0, "50")
                .add("save", "save").post();

        refused.then().statusCode(409).body(containsString(CONFLICT)).body(containsString("role=\"alert\""));
        assertTrue(Html.tag(refused.asString(), "title").contains("value=\"My week two\""));
        assertTrue(Html.tag(refused.asString(), "hold-0").contains("value=\"50\""));
        Backends.server().verify(1, putRequestedFor(urlPathEqualTo(PROGRAM_API)));
        Backends.server().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void activatingADraftAsksProgramServiceAndSaysSo() {
        draft();
        Stubs.json(post(urlPathEqualTo(PROGRAM_API + "/activate")), 200, BackendJson.program("ACTIVE"));
        Response activated = FormPage.open(BUILDER).form(BUILDER + "/activate").post();

        activated.then().statusCode(303).header("Location", endsWith(BUILDER));
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(PROGRAM_API + "/activate")));
        FormPage.flashShownOnce(activated, BUILDER, "Program activated. Your patient sees it now.");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void anActiveProgramCanBePausedOrCompletedButNotActivated() {
        Stubs.json(PROGRAM_API, BackendJson.program("ACTIVE"));
        Stubs.json("/catalog/api/vocabulary", BackendJson.VOCABULARY);
        Stubs.json(post(urlPathEqualTo(PROGRAM_API + "/pause")), 200, BackendJson.program("PAUSED"));
        FormPage page = FormPage.open(BUILDER);
        assertTrue(page.html().contains("Saving makes a new revision; the patient sees it at once."));
        assertFalse(page.html().contains("action=\"" + BUILDER + "/activate\""));
        assertTrue(page.html().contains("action=\"" + BUILDER + "/complete\""));

        Response paused = page.form(BUILDER + "/pause").post();
        paused.then().statusCode(303);
        Backends.server().verify(1, postRequestedFor(urlPathEqualTo(PROGRAM_API + "/pause")));
        FormPage.flashShownOnce(paused, BUILDER,
                "Program paused. Your patient is told not to exercise until you activate it again.");
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void aStatusChangeFromAnOutdatedPageIsRefusedWithoutAskingProgramService() {
        draft();
        FormPage.open(BUILDER).form(BUILDER + "/activate").set("version", "6").post()
                .then().statusCode(409).body(containsString(CONFLICT));
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void programServiceRefusingAStatusChangeIsShown() {
        draft();
        Stubs.problem(post(urlPathEqualTo(PROGRAM_API + "/activate")), 409, "Conflict",
                "The patient already has an active program; pause or complete it first.");
        FormPage.open(BUILDER).form(BUILDER + "/activate").post().then().statusCode(409)
                .body(containsString("The patient already has an active program; pause or complete it first."))
                .body(containsString("<h1>Five-minute release</h1>"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void thePreviewShowsWhatThePatientReadsAndEscapesWhatTherapistsTyped() {
        Stubs.json(PROGRAM_API, BackendJson.program("ACTIVE", "<script>alert('note')</script>",
                "Cat-Cow <img src=x onerror=alert(2)>"));
        given().get(BUILDER + "/preview").then().statusCode(200)
                .body(containsString("What the patient sees"))
                .body(containsString("Five-minute release. 2 times a day."))
                .body(containsString("<h2>Runner&#39;s Lunge</h2>"))
                .body(containsString("Hold 45 seconds, 2 sets, on each side."))
                .body(containsString("10 times."))
                .body(containsString("Step your right foot forward."))
                .body(containsString("Pad the back knee."))
                .body(containsString("<strong>On hold.</strong> On hold until your therapist checks it."))
                .body(containsString("From your therapist: &lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"))
                .body(containsString("Cat-Cow &lt;img src=x onerror=alert(2)&gt;"))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<img src=x")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theHandoutNamesThePatientAndLeavesOutHeldExercises() {
        Stubs.json(PROGRAM_API, BackendJson.program("ACTIVE"));
        Stubs.json(PATIENT_API, BackendJson.patient("Pat <script>alert('name')</script>"));
        given().get(BUILDER + "/handout").then().statusCode(200)
                .body(containsString("For Pat &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;. 2 times a day, 5 days a week."))
                .body(containsString("<h2>Runner&#39;s Lunge</h2>"))
                .body(containsString("Hold 45 seconds, 2 sets, on each side."))
                .body(not(containsString("Wide-Legged Forward Fold")))
                .body(not(containsString("<script>alert")));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void whatTheTherapistTypedIsShownAsTextAndSentBackUnchanged() {
        Stubs.json(PROGRAM_API, BackendJson.program("DRAFT", "<script>alert('note')</script> & \"slowly\"",
                "Cat-Cow <img src=x onerror=alert(2)>"));
        Stubs.json("/catalog/api/vocabulary", BackendJson.VOCABULARY);
        Stubs.json(put(urlPathEqualTo(PROGRAM_API)), 200, BackendJson.program("DRAFT"));
        FormPage page = FormPage.open(BUILDER);
        assertTrue(page.html().contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt; &amp; &quot;slowly&quot;</textarea>"));
        assertTrue(page.html().contains("<legend>2. Cat-Cow &lt;img src=x onerror=alert(2)&gt;</legend>"));
        assertFalse(page.html().contains("<script>alert") || page.html().contains("<img src=x"));

        page.form(BUILDER).add("save", "save").post().then().statusCode(303);
        Backends.server().verify(putRequestedFor(urlPathEqualTo(PROGRAM_API))
                .withRequestBody(matchingJsonPath("$.items[0].note", equalTo("<script>alert('note')</script> & \"slowly\""))));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void formsWithoutTheirCsrfTokenAreRefusedBeforeAnythingReachesTheBackend() {
        draft();
        patientAndCatalog("Bea Calm");
        FormPage builder = FormPage.open(BUILDER);
        FormPage newProgram = FormPage.open(NEW_PAGE);

        builder.form(BUILDER).withoutToken().add("save", "save").post().then().statusCode(400);
        builder.form(BUILDER).withWrongToken().add("save", "save").post().then().statusCode(400);
        builder.form(BUILDER).withoutToken().withoutCookie().add("save", "save").post().then().statusCode(400);
        builder.form(BUILDER + "/activate").withoutToken().post().then().statusCode(400);
        builder.form(BUILDER + "/activate").withWrongToken().post().then().statusCode(400);
        newProgram.form(NEW_PAGE).withoutToken().post().then().statusCode(400);
        newProgram.form(NEW_PAGE).withWrongToken().post().then().statusCode(400);

        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void anotherClinicsPatientOrProgramIsNotFound() {
        draft();
        Stubs.problem(get(urlPathEqualTo("/program/api/patients/" + OTHER_PATIENT)), 404, "Not Found", "No such patient");
        Stubs.problem(get(urlPathEqualTo("/program/api/programs/" + NEW_PROGRAM)), 404, "Not Found", "No such program");
        given().get("/therapist/programs/new?patient=" + OTHER_PATIENT).then().statusCode(404)
                .body(containsString("Page not found"));
        given().get("/therapist/programs/" + NEW_PROGRAM).then().statusCode(404).body(containsString("Page not found"));
        given().get("/therapist/programs/" + NEW_PROGRAM + "/preview").then().statusCode(404);
        given().get("/therapist/programs/" + NEW_PROGRAM + "/handout").then().statusCode(404);

        FormPage.open(BUILDER).form(BUILDER).add("save", "save").postTo("/therapist/programs/" + NEW_PROGRAM)
                .then().statusCode(404).body(containsString("Page not found"));
        Stubs.verifyNoChangeSent();
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void patientsCannotOpenTheBuilder() {
        given().get(BUILDER).then().statusCode(404).body(containsString("Page not found"));
        given().get(NEW_PAGE).then().statusCode(404);
        given().get(BUILDER + "/preview").then().statusCode(404);
        given().get(BUILDER + "/handout").then().statusCode(404);
        Backends.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void theBuilderStillEditsWhenTheCatalogIsDown() {
        Stubs.json(PROGRAM_API, BackendJson.program("DRAFT"));
        Stubs.status("/catalog/api/vocabulary", 503);
        Stubs.json(PATIENT_API, BackendJson.patient("Bea Calm"));
        Stubs.unreachable("/catalog/api/templates");
        given().get(BUILDER).then().statusCode(200)
                .body(containsString("The exercise catalog is not available right now"))
                .body(containsString("<legend>1. Runner&#39;s Lunge</legend>"))
                .body(containsString("Save changes"));
        given().get(NEW_PAGE).then().statusCode(200)
                .body(containsString("The exercise catalog is not available right now"))
                .body(containsString("No template: I will add exercises"));
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void programServiceDownIsSaidOnEveryVisitNeverAnError() {
        Stubs.status(PROGRAM_API, 503);
        Stubs.unreachable(PATIENT_API);
        for (int visit = 0; visit < 5; visit++) {
            given().get(BUILDER).then().statusCode(503)
                    .body(containsString("Programs and sessions is not available right now"));
            given().get(NEW_PAGE).then().statusCode(503)
                    .body(containsString("Programs and sessions is not available right now"));
        }
    }

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void savingWhileProgramServiceIsDownKeepsWhatWasTyped() {
        draft();
        Stubs.status(put(urlPathEqualTo(PROGRAM_API)), 503);
        Response failed = FormPage.open(BUILDER).form(BUILDER).set("title", "Typed on a slow day").set("hold", 0, "50")
                .add("save", "save").post();

        failed.then().statusCode(503).body(containsString("Programs and sessions is not available right now"));
        assertTrue(Html.tag(failed.asString(), "title").contains("value=\"Typed on a slow day\""));
        assertTrue(Html.tag(failed.asString(), "hold-0").contains("value=\"50\""));
    }
}
