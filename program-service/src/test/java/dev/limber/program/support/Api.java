package dev.limber.program.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The API calls tests repeat, made with real bearer tokens. */
public final class Api {

    private Api() {
    }

    public static Map<String, Object> patientBody(Tokens.Who user, String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", user == null ? null : user.subject());
        body.put("displayName", "Pat Example");
        body.put("birthYear", 1980);
        body.put("conditionSummary", "Non-specific low back pain");
        body.put("painOnset", "2026-01-10");
        body.put("baselinePain", 6);
        body.put("timeZone", zone);
        return body;
    }

    public static String createPatient(Tokens.Who therapist, Tokens.Who user, String zone) {
        return given().header("Authorization", therapist.bearer()).contentType(ContentType.JSON)
                .body(patientBody(user, zone)).post("/api/patients")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> schedule(int perDay, int daysPerWeek, LocalDate start) {
        Map<String, Object> s = new HashMap<>();
        s.put("sessionsPerDay", perDay);
        s.put("daysPerWeek", daysPerWeek);
        s.put("startDate", start.toString());
        return s;
    }

    public static Map<String, Object> programBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Hips, week 1");
        body.put("schedule", schedule(1, 7, LocalDate.now().minusDays(30)));
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("exercise", "runners-lunge"));
        items.add(Map.of("exercise", "childs-pose", "dosage", Map.of("holdSeconds", 45), "note", "Knees wide"));
        body.put("items", items);
        return body;
    }

    public static Response createProgram(Tokens.Who therapist, String patientId, Map<String, Object> body) {
        return given().header("Authorization", therapist.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/patients/" + patientId + "/programs");
    }

    public static String activeProgram(Tokens.Who therapist, String patientId) {
        String id = createProgram(therapist, patientId, programBody()).then().statusCode(201).extract().path("id");
        given().header("Authorization", therapist.bearer()).post("/api/programs/" + id + "/activate")
                .then().statusCode(200);
        return id;
    }

    public static List<String> itemIds(Tokens.Who who, String programId) {
        return given().header("Authorization", who.bearer()).get("/api/programs/" + programId)
                .then().statusCode(200).extract().path("items.id");
    }

    /** A full session now-ish in the zone: every item done, on both sides. */
    public static Map<String, Object> fullSession(List<String> itemIds, LocalDateTime localTime) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < itemIds.size(); i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("itemId", itemIds.get(i));
            item.put("done", true);
            if (i == 0) {
                item.put("sidesDone", "BOTH");
            }
            items.add(item);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("performedAt", localTime.withNano(0).toString());
        body.put("items", items);
        body.put("painBefore", 5);
        body.put("painAfter", 3);
        body.put("painDuring", 4);
        body.put("difficulty", "RIGHT");
        body.put("note", "Felt looser");
        return body;
    }

    public static LocalDateTime nowIn(String zone) {
        return LocalDateTime.now(ZoneId.of(zone)).minusMinutes(1);
    }

    public static Response logSession(Tokens.Who patient, String programId, Map<String, Object> body) {
        return given().header("Authorization", patient.bearer()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post("/api/programs/" + programId + "/sessions");
    }
}
