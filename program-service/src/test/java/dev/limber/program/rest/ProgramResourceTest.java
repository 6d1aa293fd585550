package dev.limber.program.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.limber.program.support.Api;
import dev.limber.program.support.CatalogContract;
import dev.limber.program.support.CatalogWireMock;
import dev.limber.program.support.InjectCatalog;
import dev.limber.program.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prescribing: snapshots from the catalog (token propagated), templates, revisions, stale edits, transitions. */
@QuarkusTest
class ProgramResourceTest {

    @InjectCatalog
    WireMockServer catalog;

    final String clinic = Tokens.clinic();
    final Tokens.Who tara = Tokens.therapist(clinic);
    final Tokens.Who pat = Tokens.patient(clinic);

    @AfterEach
    void restoreCatalog() {
        CatalogWireMock.standardStubs(catalog);
    }

    @Test
    void prescribingSnapshotsTheCatalogTextWithTheCallersTokenPropagated() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        catalog.resetRequests();
        Api.createProgram(tara, patient, Api.programBody()).then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", is("DRAFT"))
                .body("revision", is(1))
                .body("items.exercise", contains("runners-lunge", "childs-pose"))
                .body("items[0].exerciseVersion", is(2))
                .body("items[0].snapshot.name", is("Runner's Lunge"))
                .body("items[0].snapshot.steps[0]", is("Kneel on one knee, the other foot forward."))
                .body("items[0].snapshot.contraindications", contains("radiating-leg-pain"))
                .body("items[0].snapshot.cautions", hasSize(1))
                .body("items[0].dosage.perSide", is(true))
                .body("items[0].dosage.holdSeconds", is(30))
                .body("items[1].dosage.holdSeconds", is(45))
                .body("items[1].snapshot.dosage.holdSeconds", is(30))
                .body("items[1].note", is("Knees wide"));
        catalog.verify(getRequestedFor(urlEqualTo("/api/exercises/runners-lunge"))
                .withHeader("Authorization", equalTo(tara.bearer())));
        catalog.verify(getRequestedFor(urlEqualTo("/api/exercises/childs-pose"))
                .withHeader("Authorization", equalTo(tara.bearer())));
    }

    @Test
    void aPinnedVersionAndATemplateExpandInOrderWithTheTemplatesDosage() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        Map<String, Object> body = Api.programBody();
        body.put("template", "two-step-release");
        body.put("items", List.of(Map.of("exercise", "runners-lunge", "version", 1)));
        Api.createProgram(tara, patient, body).then().statusCode(201)
                .body("items.exercise", contains("cat-cow-hip-circles", "childs-pose", "runners-lunge"))
                .body("items[0].dosage.reps", is(10))
                .body("items[0].note", is("Slowly"))
                .body("items[1].dosage.holdSeconds", is(45))
                .body("items[2].exerciseVersion", is(1))
                .body("items[2].snapshot.steps[0]", is("Kneel on one knee."));
    }

    @Test
    void unknownRetiredOrMissingExercisesAreNamedByPosition() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        Map<String, Object> body = Api.programBody();
        body.put("items", List.of(Map.of("exercise", "childs-pose"), Map.of("exercise", "no-such-thing"),
                Map.of("exercise", "old-stretch"), Map.of("exercise", "runners-lunge", "version", 9)));
        Api.createProgram(tara, patient, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("items[1].exercise", "items[2].exercise", "items[3].exercise"))
                .body("errors[0].message", is("no exercise with this slug"))
                .body("errors[1].message", is("this exercise is retired"));
        body.put("items", List.of());
        Api.createProgram(tara, patient, body).then().statusCode(400).body("errors[0].field", is("items"));
        body.put("template", "nope");
        Api.createProgram(tara, patient, body).then().statusCode(400).body("errors[0].field", is("template"));
    }

    @Test
    void invalidSchedulesAndDosagesNameTheirField() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        Map<String, Object> body = Api.programBody();
        Map<String, Object> schedule = new HashMap<>(Api.schedule(0, 8, java.time.LocalDate.now()));
        body.put("schedule", schedule);
        body.put("items", List.of(Map.of("exercise", "childs-pose", "dosage", Map.of("holdSeconds", -3))));
        Api.createProgram(tara, patient, body).then().statusCode(400)
                .body("errors.field", contains("items[0].dosage.holdSeconds", "schedule.daysPerWeek",
                        "schedule.sessionsPerDay"));
        schedule.put("sessionsPerDay", 1);
        schedule.put("daysPerWeek", 3);
        schedule.put("weekdays", List.of("MONDAY"));
        body.put("items", List.of(Map.of("exercise", "childs-pose")));
        Api.createProgram(tara, patient, body).then().statusCode(400)
                .body("errors[0].field", is("schedule.weekdays"));
    }

    @Test
    void whenTheCatalogIsDownBuildingAnswers503AndExistingProgramsStillRender() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        String existing = Api.createProgram(tara, patient, Api.programBody()).then().statusCode(201)
                .extract().path("id");
        catalog.stubFor(get(urlMatching("/api/.*")).atPriority(0)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Api.createProgram(tara, patient, Api.programBody()).then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", is("The exercise catalog is unavailable; try again shortly"));
        given().header("Authorization", tara.bearer()).get("/api/programs/" + existing).then().statusCode(200)
                .body("items[0].snapshot.name", is("Runner's Lunge"))
                .body("items[0].snapshot.steps", hasSize(2));
    }

    @Test
    void aLaterCatalogEditNeverChangesAPrescribedProgram() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        String id = Api.createProgram(tara, patient, Api.programBody()).then().statusCode(201).extract().path("id");
        catalog.stubFor(get(urlEqualTo("/api/exercises/runners-lunge")).atPriority(0).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(CatalogContract.RUNNERS_LUNGE_V2.replace("Runner's Lunge", "Renamed Lunge"))));
        given().header("Authorization", tara.bearer()).get("/api/programs/" + id).then().statusCode(200)
                .body("items[0].snapshot.name", is("Runner's Lunge"));
    }

    @Test
    void editingAnActiveProgramWritesRevisionTwoWithItsHistory() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        String id = Api.activeProgram(tara, patient);
        List<String> before = Api.itemIds(tara, id);
        Map<String, Object> edit = Api.programBody();
        edit.put("revision", 1);
        edit.put("schedule", Api.schedule(2, 7, java.time.LocalDate.now().minusDays(30)));
        edit.put("items", List.of(Map.of("exercise", "childs-pose", "dosage", Map.of("holdSeconds", 60)),
                Map.of("exercise", "cat-cow-hip-circles", "version", 1)));
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(edit)
                .put("/api/programs/" + id).then().statusCode(200)
                .body("revision", is(2))
                .body("status", is("ACTIVE"))
                .body("schedule.sessionsPerDay", is(2))
                .body("items.exercise", contains("childs-pose", "cat-cow-hip-circles"))
                .body("items[0].id", is(before.get(1)))
                .body("items[0].dosage.holdSeconds", is(60));
        given().header("Authorization", tara.bearer()).get("/api/programs/" + id + "/revisions").then()
                .statusCode(200)
                .body("revision", contains(1, 2))
                .body("[0].changes.kind", is("created"))
                .body("[1].changedBy", is(tara.subject()))
                .body("[1].changedAt", notNullValue())
                .body("[1].changes.itemsAdded", contains("cat-cow-hip-circles"))
                .body("[1].changes.itemsRemoved", contains("runners-lunge"))
                .body("[1].changes.dosageChanged", contains("childs-pose"))
                .body("[1].changes.scheduleChanged", contains("sessionsPerDay"));
    }

    @Test
    void editingAPausedProgramAlsoWritesANewRevisionAndStaysPaused() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        String id = Api.activeProgram(tara, patient);
        post(id, "pause").then().statusCode(200);
        Map<String, Object> edit = Api.programBody();
        edit.put("revision", 1);
        edit.put("title", "Hips, gentler");
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(edit)
                .put("/api/programs/" + id).then().statusCode(200)
                .body("revision", is(2)).body("status", is("PAUSED")).body("title", is("Hips, gentler"));
        given().header("Authorization", tara.bearer()).get("/api/programs/" + id + "/revisions").then()
                .body("revision", contains(1, 2));
    }

    @Test
    void aStaleRevisionIsAConflict() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        String id = Api.activeProgram(tara, patient);
        Map<String, Object> edit = Api.programBody();
        edit.put("revision", 1);
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(edit)
                .put("/api/programs/" + id).then().statusCode(200).body("revision", is(2));
        edit.put("title", "Someone else's edit of revision 1");
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(edit)
                .put("/api/programs/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", startsWith("Revision 1 of program"));
        given().header("Authorization", tara.bearer()).get("/api/programs/" + id).then()
                .body("title", is("Hips, week 1"));
        edit.remove("revision");
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(edit)
                .put("/api/programs/" + id).then().statusCode(400).body("errors[0].field", is("revision"));
    }

    @Test
    void aDraftChangesInPlaceButAStaleVersionIsStillAConflict() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        var created = Api.createProgram(tara, patient, Api.programBody()).then().statusCode(201).extract();
        String id = created.path("id");
        int version = created.path("version");
        Map<String, Object> edit = Api.programBody();
        edit.put("revision", 1);
        edit.put("version", version);
        edit.put("title", "Renamed draft");
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(edit)
                .put("/api/programs/" + id).then().statusCode(200).body("revision", is(1))
                .body("title", is("Renamed draft"));
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(edit)
                .put("/api/programs/" + id).then().statusCode(409);
        given().header("Authorization", tara.bearer()).get("/api/programs/" + id + "/revisions").then()
                .body("revision", contains(1));
    }

    @Test
    void statusTransitionsFollowTheLifeCycleAndOnlyOneProgramIsActive() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        String first = Api.activeProgram(tara, patient);
        String second = Api.createProgram(tara, patient, Api.programBody()).then().statusCode(201)
                .extract().path("id");
        post(second, "pause").then().statusCode(409).body("detail", startsWith("Cannot pause program"));
        post(second, "activate").then().statusCode(409)
                .body("detail", is("This patient already has an active program; pause or complete it first"));
        post(first, "activate").then().statusCode(409);
        post(first, "pause").then().statusCode(200).body("status", is("PAUSED"))
                .body("pauses", hasSize(1)).body("pauses[0].endedAt", is((Object) null));
        post(first, "activate").then().statusCode(200).body("status", is("ACTIVE"))
                .body("pauses[0].endedAt", notNullValue());
        post(first, "complete").then().statusCode(200).body("status", is("COMPLETED"));
        post(first, "activate").then().statusCode(409);
        post(second, "activate").then().statusCode(200).body("status", is("ACTIVE"));
        given().header("Authorization", tara.bearer()).get("/api/patients/" + patient + "/programs").then()
                .statusCode(200).body("id", contains(second, first));
    }

    private io.restassured.response.Response post(String id, String action) {
        return given().header("Authorization", tara.bearer()).post("/api/programs/" + id + "/" + action);
    }
}
