package dev.limber.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.program.support.Api;
import dev.limber.program.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging sessions: idempotency, timing, validation naming fields, and the program's status. */
@QuarkusTest
class SessionResourceTest {

    static final String ZONE = "America/Los_Angeles";

    final String clinic = Tokens.clinic();
    final Tokens.Who tara = Tokens.therapist(clinic);
    final Tokens.Who pat = Tokens.patient(clinic);
    String patient;
    String program;
    List<String> items;

    @BeforeEach
    void activeProgram() {
        patient = Api.createPatient(tara, pat, ZONE);
        program = Api.activeProgram(tara, patient);
        items = Api.itemIds(pat, program);
    }

    Response post(String key, Map<String, Object> body) {
        var request = given().header("Authorization", pat.bearer()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/programs/" + program + "/sessions");
    }

    List<?> sessions() {
        return given().header("Authorization", tara.bearer()).get("/api/programs/" + program + "/sessions")
                .then().statusCode(200).extract().path("$");
    }

    @Test
    void aFullSessionIsLoggedInThePatientsLocalTime() {
        LocalDateTime local = Api.nowIn(ZONE).withNano(0);
        post(UUID.randomUUID().toString(), Api.fullSession(items, local)).then().statusCode(201)
                .body("completion", is("FULL"))
                .body("localDay", is(local.toLocalDate().toString()))
                .body("performedAt", startsWith(local.toString()))
                .body("painBefore", is(5))
                .body("difficulty", is("RIGHT"))
                .body("items[0].sidesDone", is("BOTH"));
        given().header("Authorization", pat.bearer()).get("/api/me").then().statusCode(200)
                .body("lastSessionAt", startsWith(local.toLocalDate().toString().substring(0, 4)));
    }

    @Test
    void oneSideOfAPerSideExerciseMakesAPartialSession() {
        Map<String, Object> body = Api.fullSession(items, Api.nowIn(ZONE));
        ((List<Map<String, Object>>) body.get("items")).get(0).put("sidesDone", "LEFT");
        post(UUID.randomUUID().toString(), body).then().statusCode(201).body("completion", is("PARTIAL"));
    }

    @Test
    void theSameKeyTwiceStoresOneSessionAndReturnsTheOriginalResponse() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.fullSession(items, Api.nowIn(ZONE));
        String first = post(key, body).then().statusCode(201).extract().asString();
        String second = post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertEquals(first, second);
        assertEquals(1, sessions().size());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndStoresNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.fullSession(items, Api.nowIn(ZONE));
        post(key, body).then().statusCode(201);
        body.put("painAfter", 1);
        post(key, body).then().statusCode(422).contentType("application/problem+json");
        assertEquals(1, sessions().size());
    }

    @Test
    void concurrentDuplicatesInsertOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.fullSession(items, Api.nowIn(ZONE));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> post(key, body).then().statusCode(201)
                        .extract().path("id"), pool));
            }
            List<String> ids = calls.stream().map(CompletableFuture::join).distinct().toList();
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sessions().size());
    }

    @Test
    void aMissingKeyIs400NamingTheHeader() {
        post(null, Api.fullSession(items, Api.nowIn(ZONE))).then().statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
        assertEquals(0, sessions().size());
    }

    @Test
    void performedAtInTheFutureOrMoreThanAWeekBackIs400() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of(ZONE));
        post(UUID.randomUUID().toString(), Api.fullSession(items, now.plusHours(1))).then().statusCode(400)
                .body("errors[0].field", is("performedAt")).body("errors[0].message", is("is in the future"));
        post(UUID.randomUUID().toString(), Api.fullSession(items, now.minusDays(8))).then().statusCode(400)
                .body("errors[0].field", is("performedAt"));
        post(UUID.randomUUID().toString(), Api.fullSession(items, now.minusDays(6))).then().statusCode(201);
        Map<String, Object> body = Api.fullSession(items, now);
        body.put("performedAt", "last tuesday");
        post(UUID.randomUUID().toString(), body).then().statusCode(400).body("errors[0].field", is("performedAt"));
        body.put("performedAt", java.time.OffsetDateTime.now().minusHours(2).withNano(0).toString());
        post(UUID.randomUUID().toString(), body).then().statusCode(201);
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> body = Api.fullSession(items, Api.nowIn(ZONE));
        body.put("painBefore", 11);
        body.put("difficulty", null);
        body.put("note", "x".repeat(1001));
        post(UUID.randomUUID().toString(), body).then().statusCode(400)
                .body("errors.field", contains("difficulty", "note", "painBefore"));
        body = Api.fullSession(items, Api.nowIn(ZONE));
        List<Map<String, Object>> list = (List<Map<String, Object>>) body.get("items");
        list.get(0).remove("sidesDone");
        list.get(1).put("sidesDone", "LEFT");
        Map<String, Object> stranger = new HashMap<>(Map.of("itemId", UUID.randomUUID().toString(), "done", true));
        list.add(stranger);
        post(UUID.randomUUID().toString(), body).then().statusCode(400)
                .body("errors.field", contains("items[0].sidesDone", "items[1].sidesDone", "items[2].itemId"));
        body.put("difficulty", "IMPOSSIBLE");
        post(UUID.randomUUID().toString(), body).then().statusCode(400).body("errors[0].field", is("difficulty"));
    }

    @Test
    void aPausedProgramRefusesSessionsWith409() {
        given().header("Authorization", tara.bearer()).post("/api/programs/" + program + "/pause").then()
                .statusCode(200);
        post(UUID.randomUUID().toString(), Api.fullSession(items, Api.nowIn(ZONE))).then().statusCode(409)
                .body("detail", is("Program " + program + " is paused; sessions can be logged only while it is active"));
    }

    @Test
    void aDraftOrCompletedProgramRefusesSessionsWith409AndStoresNothing() {
        String draft = Api.createProgram(tara, patient, Api.programBody()).then().statusCode(201)
                .extract().path("id");
        List<String> draftItems = Api.itemIds(pat, draft);
        given().header("Authorization", pat.bearer()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Api.fullSession(draftItems, Api.nowIn(ZONE)))
                .post("/api/programs/" + draft + "/sessions").then().statusCode(409)
                .body("detail", is("Program " + draft + " is draft; sessions can be logged only while it is active"));
        given().header("Authorization", tara.bearer()).post("/api/programs/" + program + "/complete").then()
                .statusCode(200);
        post(UUID.randomUUID().toString(), Api.fullSession(items, Api.nowIn(ZONE))).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("Program " + program + " is completed; sessions can be logged only while it is active"));
        assertEquals(0, sessions().size());
    }

    @Test
    void aTherapistCannotLogSessions() {
        given().header("Authorization", tara.bearer()).header("Idempotency-Key", "k").contentType(ContentType.JSON)
                .body(Api.fullSession(items, Api.nowIn(ZONE))).post("/api/programs/" + program + "/sessions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void sessionsAreListedNewestFirst() {
        LocalDateTime now = Api.nowIn(ZONE);
        Api.logSession(pat, program, Api.fullSession(items, now.minusDays(2))).then().statusCode(201);
        Api.logSession(pat, program, Api.fullSession(items, now)).then().statusCode(201);
        given().header("Authorization", pat.bearer()).get("/api/programs/" + program + "/sessions").then()
                .statusCode(200).body("$", hasSize(2))
                .body("localDay", contains(now.toLocalDate().toString(), now.minusDays(2).toLocalDate().toString()));
    }
}
