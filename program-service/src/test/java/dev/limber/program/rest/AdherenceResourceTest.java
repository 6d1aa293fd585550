package dev.limber.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.limber.program.support.Api;
import dev.limber.program.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Adherence as therapist and patient see it, computed from the schedule and the logged sessions. */
@QuarkusTest
class AdherenceResourceTest {

    static final String ZONE = "Asia/Tokyo";

    final String clinic = Tokens.clinic();
    final Tokens.Who tara = Tokens.therapist(clinic);
    final Tokens.Who pat = Tokens.patient(clinic);

    @Test
    void twiceDailyWithOneFullAndOnePartialSessionToday() {
        String patient = Api.createPatient(tara, pat, ZONE);
        Map<String, Object> body = Api.programBody();
        body.put("schedule", Api.schedule(2, 7, LocalDate.now(ZoneId.of(ZONE)).minusDays(10)));
        String program = Api.createProgram(tara, patient, body).then().statusCode(201).extract().path("id");
        given().header("Authorization", tara.bearer()).post("/api/programs/" + program + "/activate").then()
                .statusCode(200);
        List<String> items = Api.itemIds(pat, program);
        LocalDateTime now = Api.nowIn(ZONE);
        Api.logSession(pat, program, Api.fullSession(items, now.minusMinutes(30))).then().statusCode(201);
        Map<String, Object> partial = Api.fullSession(items, now);
        ((List<Map<String, Object>>) partial.get("items")).get(0).put("sidesDone", "RIGHT");
        Api.logSession(pat, program, partial).then().statusCode(201).body("completion", is("PARTIAL"));

        given().header("Authorization", pat.bearer()).get("/api/patients/" + patient + "/adherence").then()
                .statusCode(200)
                .body("programId", is(program))
                .body("to", is(now.toLocalDate().toString()))
                .body("prescribed", is(2))
                .body("completed", is(1))
                .body("partial", is(1))
                .body("missed", is(0))
                .body("percent", is(50))
                .body("last7DaysPercent", is(50))
                // Twice daily and only one full session: today is not (yet) a streak day.
                .body("currentStreak", is(0))
                .body("painTrend", is("INSUFFICIENT_DATA"))
                .body("items.exercise", contains("runners-lunge", "childs-pose"))
                .body("items[0].done", is(1.5f))
                .body("items[0].leftDone", is(1))
                .body("items[0].rightDone", is(2))
                .body("items[0].percent", is(75))
                .body("items[1].percent", is(100));

        // Eight weeks for a chart in one call: only this week's Monday-to-today has anything prescribed.
        LocalDate monday = now.toLocalDate().with(DayOfWeek.MONDAY);
        given().header("Authorization", tara.bearer()).queryParam("from", monday.minusWeeks(7).toString())
                .queryParam("to", now.toLocalDate().toString()).get("/api/patients/" + patient + "/adherence").then()
                .statusCode(200)
                .body("weeks.weekStart", contains(IntStream.range(0, 8)
                        .mapToObj(w -> monday.minusWeeks(7 - w).toString()).toArray(String[]::new)))
                .body("weeks[0].prescribed", is(0))
                .body("weeks[0].percent", nullValue())
                .body("weeks[7].prescribed", is(2))
                .body("weeks[7].completed", is(1))
                .body("weeks[7].partial", is(1))
                .body("weeks[7].percent", is(50));
    }

    @Test
    void aPatientWithoutAProgramHasNothingPrescribed() {
        String patient = Api.createPatient(tara, pat, ZONE);
        given().header("Authorization", tara.bearer()).get("/api/patients/" + patient + "/adherence").then()
                .statusCode(200).body("programId", nullValue()).body("prescribed", is(0))
                .body("percent", nullValue());
    }

    @Test
    void periodsAreValidated() {
        String patient = Api.createPatient(tara, pat, ZONE);
        String base = "/api/patients/" + patient + "/adherence";
        given().header("Authorization", tara.bearer()).queryParam("from", "2026-03-10").queryParam("to", "2026-03-01")
                .get(base).then().statusCode(400).body("errors[0].field", is("from"));
        given().header("Authorization", tara.bearer()).queryParam("from", "March").get(base).then().statusCode(400)
                .body("errors[0].field", is("from"));
        given().header("Authorization", tara.bearer()).queryParam("from", "2024-01-01").queryParam("to", "2026-01-01")
                .get(base).then().statusCode(400);
        given().header("Authorization", tara.bearer()).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .get(base).then().statusCode(200).body("from", is("2026-01-01")).body("to", is("2026-01-31"))
                .body("last28DaysPercent", nullValue()).body("currentStreak", notNullValue());
    }

    @Test
    void patientsAreRegisteredWithTheirFieldsValidated() {
        Map<String, Object> body = Api.patientBody(null, "Mars/Olympus");
        body.put("baselinePain", 12);
        body.put("displayName", " ");
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(body).post("/api/patients")
                .then().statusCode(400).body("errors.field", contains("baselinePain", "displayName", "timeZone"));
        body = Api.patientBody(pat, ZONE);
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(body).post("/api/patients")
                .then().statusCode(201).body("therapist", is(tara.subject())).body("timeZone", is(ZONE));
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(body).post("/api/patients")
                .then().statusCode(409);
        body = Api.patientBody(null, ZONE);
        body.put("therapist", "someone-else");
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(body).post("/api/patients")
                .then().statusCode(400).body("errors[0].field", is("therapist"));
    }
}
