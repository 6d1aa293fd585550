package dev.limber.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.program.support.Api;
import dev.limber.program.support.Tokens;
import dev.limber.program.support.Tokens.Who;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint against every identity: clinics A and B, two therapists and two patients in A, one of each in
 * B, with real signed tokens. Out of scope is 404 (indistinguishable from a missing id); a role that can never
 * use an endpoint is 403.
 */
@QuarkusTest
class AccessMatrixResourceTest {

    final String clinicA = Tokens.clinic();
    final String clinicB = Tokens.clinic();
    final Who tA1 = Tokens.therapist(clinicA);
    final Who tA2 = Tokens.therapist(clinicA);
    final Who tB = Tokens.therapist(clinicB);
    final Who pA1 = Tokens.patient(clinicA);
    final Who pA2 = Tokens.patient(clinicA);
    final Who pB = Tokens.patient(clinicB);
    final Who adminA = Tokens.admin(clinicA);

    record Call(String method, String path, Object body) {
    }

    record Expect(Who who, String whoName, Call call, int status) {
    }

    @Test
    void everyEndpointAnswersOnlyWithinTheCallersScope() {
        String a1 = Api.createPatient(tA1, pA1, "Europe/Berlin");
        String a2 = Api.createPatient(tA2, pA2, "Europe/Berlin");
        String b1 = Api.createPatient(tB, pB, "Europe/Berlin");
        String program = Api.activeProgram(tA1, a1);
        List<String> items = Api.itemIds(tA1, program);
        String draft = Api.createProgram(tA1, a1, Api.programBody()).then().statusCode(201).extract().path("id");
        Map<String, Object> edit = Api.programBody();
        edit.put("revision", 1);
        Map<String, Object> session = Api.fullSession(items, Api.nowIn("Europe/Berlin"));

        Call patient = new Call("GET", "/api/patients/" + a1, null);
        Call programs = new Call("GET", "/api/patients/" + a1 + "/programs", null);
        Call prescribe = new Call("POST", "/api/patients/" + a1 + "/programs", Api.programBody());
        Call read = new Call("GET", "/api/programs/" + program, null);
        Call revise = new Call("PUT", "/api/programs/" + draft, edit);
        Call history = new Call("GET", "/api/programs/" + program + "/revisions", null);
        Call pause = new Call("POST", "/api/programs/" + program + "/pause", null);
        Call activate = new Call("POST", "/api/programs/" + draft + "/activate", null);
        Call complete = new Call("POST", "/api/programs/" + program + "/complete", null);
        Call log = new Call("POST", "/api/programs/" + program + "/sessions", session);
        Call sessions = new Call("GET", "/api/programs/" + program + "/sessions", null);
        Call adherence = new Call("GET", "/api/patients/" + a1 + "/adherence", null);
        Call createPatient = new Call("POST", "/api/patients", Api.patientBody(null, "Europe/Berlin"));
        Call listPatients = new Call("GET", "/api/patients", null);
        Call caseload = new Call("GET", "/api/caseload", null);
        Call me = new Call("GET", "/api/me", null);

        List<Expect> matrix = new ArrayList<>();
        // Out of scope: the other clinic's therapist, the other patients. Always 404.
        for (Call c : List.of(patient, programs, prescribe, read, revise, history, pause, activate, complete, sessions,
                adherence)) {
            matrix.add(new Expect(tB, "therapist of clinic B", c, 404));
        }
        for (Call c : List.of(patient, programs, read, history, sessions, adherence, log)) {
            matrix.add(new Expect(pA2, "other patient of clinic A", c, 404));
            matrix.add(new Expect(pB, "patient of clinic B", c, 404));
        }
        // Role, not scope: patients never prescribe, edit, change status, register patients or see a caseload.
        for (Call c : List.of(prescribe, revise, pause, activate, complete, createPatient, listPatients, caseload)) {
            matrix.add(new Expect(pA1, "the patient", c, 403));
        }
        matrix.add(new Expect(tA1, "the therapist", log, 403));
        matrix.add(new Expect(tA1, "the therapist", me, 403));
        // In scope: the patient's own record, programs and sessions; any therapist of the clinic.
        for (Call c : List.of(patient, programs, read, history, sessions, adherence)) {
            matrix.add(new Expect(pA1, "the patient", c, 200));
            matrix.add(new Expect(tA1, "the therapist", c, 200));
            matrix.add(new Expect(tA2, "another therapist of clinic A", c, 200));
        }
        matrix.add(new Expect(pA1, "the patient", log, 201));
        matrix.add(new Expect(pA1, "the patient", me, 200));
        matrix.add(new Expect(tA2, "another therapist of clinic A", revise, 200));

        List<String> wrong = new ArrayList<>();
        for (Expect e : matrix) {
            Response r = call(e.who(), e.call());
            if (r.statusCode() != e.status()) {
                wrong.add(e.whoName() + " " + e.call().method() + " " + e.call().path() + ": expected " + e.status()
                        + ", got " + r.statusCode());
            } else if (e.status() >= 400) {
                assertEquals("application/problem+json", r.contentType(), e.toString());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        // Nothing leaked by the attempts: the program is still active, with one session (the patient's own).
        given().header("Authorization", tA1.bearer()).get("/api/programs/" + program).then().body("status", is("ACTIVE"));
        given().header("Authorization", tA1.bearer()).get("/api/programs/" + program + "/sessions").then()
                .body("size()", is(1));
        // Lists are scoped too.
        given().header("Authorization", tB.bearer()).get("/api/patients").then().statusCode(200)
                .body("id", not(hasItem(a1))).body("id", hasItem(b1));
        given().header("Authorization", tA2.bearer()).get("/api/patients").then().body("id", hasItem(a1));
        given().header("Authorization", pA2.bearer()).get("/api/me").then().body("id", is(a2));
        given().header("Authorization", tA1.bearer()).get("/api/caseload").then()
                .body("patientId", hasItem(a1)).body("patientId", not(hasItem(a2)));
        given().header("Authorization", tA2.bearer()).get("/api/caseload").then()
                .body("patientId", not(hasItem(a1))).body("patientId", hasItem(a2));
        given().header("Authorization", tB.bearer()).get("/api/caseload").then().body("patientId", not(hasItem(a1)));
        given().header("Authorization", adminA.bearer()).get("/api/caseload").then()
                .body("patientId", hasItem(a1)).body("patientId", hasItem(a2)).body("patientId", not(hasItem(b1)));
    }

    @Test
    void anotherClinicsIdLooksExactlyLikeAMissingOne() {
        String a1 = Api.createPatient(tA1, pA1, "Europe/Berlin");
        String missing = UUID.randomUUID().toString();
        var theirs = call(tB, new Call("GET", "/api/patients/" + a1, null)).then().statusCode(404).extract();
        var none = call(tB, new Call("GET", "/api/patients/" + missing, null)).then().statusCode(404).extract();
        assertEquals(none.path("title").toString(), theirs.path("title").toString());
        assertEquals(none.path("detail").toString().replace(missing, a1), theirs.path("detail").toString());
        call(tB, new Call("GET", "/api/patients/not-a-uuid", null)).then().statusCode(404);
    }

    @Test
    void withoutATokenEverythingIs401Problem() {
        for (String path : List.of("/api/patients", "/api/me", "/api/caseload", "/api/programs/" + UUID.randomUUID())) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
        given().header("Authorization", "Bearer not.a.token").get("/api/patients").then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = io.smallrye.jwt.build.Jwt.issuer("https://server.example.com").subject("x")
                .audience("catalog-service").claim("clinic_id", clinicA)
                .claim("realm_access", Map.of("roles", List.of("therapist"))).expiresIn(300)
                .jws().keyId("1").sign("privateKey.jwk");
        given().header("Authorization", "Bearer " + token).get("/api/patients").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAClinicIsForbidden() {
        String token = io.smallrye.jwt.build.Jwt.issuer("https://server.example.com").subject("x")
                .audience("program-service").claim("realm_access", Map.of("roles", List.of("therapist")))
                .expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
        given().header("Authorization", "Bearer " + token).get("/api/patients").then().statusCode(403)
                .body("detail", is("The token carries no clinic_id claim"));
    }

    private static Response call(Who who, Call c) {
        var request = given().header("Authorization", who.bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (c.body() != null) {
            request.contentType(ContentType.JSON).body(c.body());
        }
        return request.request(c.method(), c.path());
    }
}
