package dev.limber.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.program.service.FlagJobs;
import dev.limber.program.service.OutboxDispatcher;
import dev.limber.program.support.Api;
import dev.limber.program.support.SmtpServer;
import dev.limber.program.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Symptom check-ins, triage actions, the flag inbox, alerts through the outbox, escalation. */
@QuarkusTest
class FlagResourceTest {

    static final String ZONE = "Europe/London";

    @Inject
    OutboxDispatcher outbox;
    @Inject
    FlagJobs jobs;
    @Inject
    EntityManager em;

    final String clinic = Tokens.clinic();
    final Tokens.Who tara = Tokens.therapist(clinic);
    final Tokens.Who ada = Tokens.admin(clinic);
    final Tokens.Who pat = Tokens.patient(clinic);
    final Tokens.Who paul = Tokens.patient(clinic);
    String patient;
    String program;

    @BeforeEach
    void activeProgramAndKnownStaff() {
        SmtpServer.up();
        patient = Api.createPatient(tara, pat, ZONE);
        Api.createPatient(tara, paul, ZONE);
        program = Api.activeProgram(tara, patient);
        // The admin has used Limber once, so the alert directory knows where to reach them.
        given().header("Authorization", ada.bearer()).get("/api/flags").then().statusCode(200);
        outbox.deliverDue();
    }

    static Map<String, Object> answers() {
        Map<String, Object> a = new HashMap<>();
        a.put("numbness", List.of());
        for (String q : List.of("newBladderOrBowelProblem", "feverOrUnwell", "recentTrauma", "legWeaknessWorsening",
                "painBelowKnee", "nightPainNotEasing", "unexplainedWeightLoss", "historyOfCancer")) {
            a.put(q, false);
        }
        a.put("currentPain", 4);
        return a;
    }

    Response report(Tokens.Who who, String patientId, Map<String, Object> body, String key) {
        var request = given().header("Authorization", who.bearer()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/patients/" + patientId + "/symptom-reports");
    }

    List<MimeMessage> mailTo(Tokens.Who who) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : SmtpServer.received()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(who.subject() + "@clinic.example")) {
                to.add(m);
            }
        }
        return to;
    }

    @Test
    void saddleNumbnessIsAnEmergencyAnsweredAtOncePausingTheProgramAndAlertingStaff() throws Exception {
        Map<String, Object> body = answers();
        body.put("numbness", List.of("SADDLE"));
        Response r = report(pat, patient, body, UUID.randomUUID().toString());
        r.then().statusCode(201)
                .body("severity", equalTo("EMERGENCY"))
                .body("emergency", equalTo(true))
                .body("patientMessage", containsString("Get emergency help now"))
                .body("actionsTaken", hasItems("PROGRAM_PAUSED", "THERAPIST_AND_ADMINS_ALERTED"))
                .body("flagId", notNullValue());
        String flagId = r.path("flagId");
        // The same answer can be read again (the portal shows it after a redirect); nobody else can read it.
        String triage = "/api/patients/" + patient + "/symptom-reports/" + r.path("reportId") + "/triage";
        given().header("Authorization", pat.bearer()).get(triage).then().statusCode(200)
                .body("severity", equalTo("EMERGENCY"))
                .body("patientMessage", containsString("Get emergency help now"))
                .body("flagId", equalTo(flagId));
        given().header("Authorization", paul.bearer()).get(triage).then().statusCode(404);
        given().header("Authorization", pat.bearer())
                .get("/api/patients/" + patient + "/symptom-reports/" + UUID.randomUUID() + "/triage").then()
                .statusCode(404);

        given().header("Authorization", pat.bearer()).get("/api/programs/" + program).then()
                .body("status", equalTo("PAUSED"));
        given().header("Authorization", tara.bearer()).get("/api/flags").then().statusCode(200)
                .body("[0].id", equalTo(flagId))
                .body("[0].severity", equalTo("EMERGENCY"))
                .body("[0].rules.id", hasItem("ces-saddle-numbness"))
                .body("[0].rulesVersion", equalTo("red-flags-2026.11-1"));
        given().header("Authorization", tara.bearer()).get("/api/caseload").then()
                .body("[0].patientId", equalTo(patient))
                .body("[0].mostUrgentFlag", equalTo("EMERGENCY"));

        assertTrue(outbox.deliverDue() >= 2, "therapist and admin alerts leave the outbox");
        MimeMessage toTara = mailTo(tara).get(0);
        assertTrue(toTara.getSubject().contains("EMERGENCY"));
        String text = toTara.getContent().toString();
        assertTrue(text.contains("/therapist/flags/" + flagId), "links to the flag");
        assertFalse(text.toLowerCase().contains("numb") || text.toLowerCase().contains("saddle"), "no symptoms in e-mail");
        assertEquals(1, mailTo(ada).size());
    }

    @Test
    void nothingToFlagReassuresAndRaisesNothing() {
        // A patient under 50 whose pain began ten days ago: nothing in the record flags either.
        Tokens.Who pia = Tokens.patient(clinic);
        Map<String, Object> record = Api.patientBody(pia, ZONE);
        record.put("birthYear", 1990);
        record.put("painOnset", java.time.LocalDate.now().minusDays(10).toString());
        String patient = given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(record)
                .post("/api/patients").then().statusCode(201).extract().path("id");
        report(pia, patient, answers(), null).then().statusCode(201)
                .body("severity", equalTo("NONE"))
                .body("flagId", nullValue())
                .body("patientMessage", containsString("Nothing you told us needs action now"));
        given().header("Authorization", tara.bearer()).queryParam("patient", patient).get("/api/flags").then()
                .body("size()", equalTo(0));
    }

    @Test
    void radiatingLegPainHoldsContraindicatedItemsUntilTheProgramIsContinued() {
        Map<String, Object> body = answers();
        body.put("painBelowKnee", true);
        String flagId = report(pat, patient, body, null).then().statusCode(201)
                .body("severity", equalTo("REVIEW"))
                .body("actionsTaken", hasItem("ITEMS_ON_HOLD:2"))
                .body("patientMessage", containsString("Some exercises are on hold"))
                .extract().path("flagId");
        given().header("Authorization", pat.bearer()).get("/api/programs/" + program).then()
                .body("status", equalTo("ACTIVE"))
                .body("items.onHold", equalTo(List.of(true, true)))
                .body("items[0].holdReason", containsString("back of the leg"));

        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PROGRAM_CONTINUED", "note", "Symptoms settled on review"))
                .post("/api/flags/" + flagId + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("events.action", hasItems("CREATED", "RESOLVED"));
        given().header("Authorization", pat.bearer()).get("/api/programs/" + program).then()
                .body("items.onHold", equalTo(List.of(false, false)));
    }

    @Test
    void aRetriedReportReplaysItsAnswerAndRaisesNothingNew() {
        Map<String, Object> body = answers();
        body.put("feverOrUnwell", true);
        String key = UUID.randomUUID().toString();
        String first = report(pat, patient, body, key).then().statusCode(201).extract().asString();
        String again = report(pat, patient, body, key).then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        given().header("Authorization", tara.bearer()).queryParam("patient", patient).get("/api/flags").then()
                .body("size()", equalTo(1));
        body.put("recentTrauma", true);
        report(pat, patient, body, key).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aRepeatedSymptomDoesNotFloodTheInbox() {
        Map<String, Object> body = answers();
        body.put("nightPainNotEasing", true);
        report(pat, patient, body, null).then().statusCode(201).body("flagId", notNullValue());
        report(pat, patient, body, null).then().statusCode(201).body("severity", equalTo("URGENT"))
                .body("flagId", nullValue());
        given().header("Authorization", tara.bearer()).queryParam("patient", patient).get("/api/flags").then()
                .body("size()", equalTo(1));
    }

    @Test
    void onlyThePatientReportsForThemselves() {
        report(paul, patient, answers(), null).then().statusCode(404).contentType("application/problem+json");
        report(tara, patient, answers(), null).then().statusCode(403);
        Tokens.Who stranger = Tokens.patient(Tokens.clinic());
        report(stranger, patient, answers(), null).then().statusCode(404);
    }

    @Test
    void invalidAnswersNameTheirField() {
        Map<String, Object> body = answers();
        body.remove("feverOrUnwell");
        body.put("currentPain", 11);
        report(pat, patient, body, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("feverOrUnwell", "currentPain"));
    }

    @Test
    void clinicsSeeOnlyTheirOwnFlagsAndPatientsSeeNone() {
        Map<String, Object> body = answers();
        body.put("recentTrauma", true);
        String flagId = report(pat, patient, body, null).then().statusCode(201).extract().path("flagId");
        Tokens.Who olga = Tokens.therapist(Tokens.clinic());
        given().header("Authorization", olga.bearer()).get("/api/flags/" + flagId).then().statusCode(404);
        given().header("Authorization", olga.bearer()).post("/api/flags/" + flagId + "/acknowledge").then().statusCode(404);
        given().header("Authorization", olga.bearer()).get("/api/flags").then().body("id", not(hasItem(flagId)));
        given().header("Authorization", pat.bearer()).get("/api/flags").then().statusCode(403);
        given().header("Authorization", pat.bearer()).get("/api/flags/" + flagId).then().statusCode(403);
    }

    @Test
    void acknowledgeThenResolveIsAuditedAndAResolvedFlagStaysResolved() {
        Map<String, Object> body = answers();
        body.put("unexplainedWeightLoss", true);
        String flagId = report(pat, patient, body, null).then().statusCode(201).extract().path("flagId");
        given().header("Authorization", tara.bearer()).post("/api/flags/" + flagId + "/acknowledge").then()
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo(tara.subject()));
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE"))
                .post("/api/flags/" + flagId + "/resolve").then().statusCode(400);
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REFERRED_TO_GP", "version", 0))
                .post("/api/flags/" + flagId + "/resolve").then().statusCode(409);
        given().header("Authorization", ada.bearer()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REFERRED_TO_GP", "note", "Booked with the GP tomorrow"))
                .post("/api/flags/" + flagId + "/resolve").then().statusCode(200)
                .body("outcome", equalTo("REFERRED_TO_GP"))
                .body("resolvedBy", equalTo(ada.subject()))
                .body("events.action", equalTo(List.of("CREATED", "ALERTED", "ACKNOWLEDGED", "RESOLVED")));
        given().header("Authorization", tara.bearer()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PROGRAM_CONTINUED"))
                .post("/api/flags/" + flagId + "/resolve").then().statusCode(409);
        given().header("Authorization", tara.bearer()).post("/api/flags/" + flagId + "/acknowledge").then().statusCode(409);
        given().header("Authorization", tara.bearer()).queryParam("status", "RESOLVED").queryParam("patient", patient)
                .get("/api/flags").then().body("id", hasItem(flagId));
        given().header("Authorization", tara.bearer()).queryParam("severity", "SEVERE").get("/api/flags").then()
                .statusCode(400).body("errors[0].field", equalTo("severity"));
    }

    @Test
    void highPainDuringASessionRaisesAReviewFlag() {
        List<String> items = Api.itemIds(pat, program);
        Map<String, Object> session = Api.fullSession(items, Api.nowIn(ZONE));
        session.put("painDuring", 7);
        Api.logSession(pat, program, session).then().statusCode(201);
        given().header("Authorization", tara.bearer()).queryParam("patient", patient).get("/api/flags").then()
                .body("[0].severity", equalTo("REVIEW"))
                .body("[0].source", equalTo("SESSION"))
                .body("[0].rules.id", hasItem("pain-during-above-5"));
    }

    @Test
    void anUnacknowledgedEmergencyIsEscalatedOnceAfterFifteenMinutes() throws Exception {
        Map<String, Object> body = answers();
        body.put("newBladderOrBowelProblem", true);
        String flagId = report(pat, patient, body, null).then().statusCode(201).extract().path("flagId");
        outbox.deliverDue();
        jobs.escalateOverdue();
        assertEquals(null, flagField(flagId, "escalated_at"), "not yet overdue");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE flag SET created_at = now() - interval '16 minutes' WHERE id = ?1")
                .setParameter(1, UUID.fromString(flagId)).executeUpdate());
        assertTrue(jobs.escalateOverdue() >= 1);
        assertEquals(1, countEscalationsOf(flagId), "escalated once");
        jobs.escalateOverdue();
        assertEquals(1, countEscalationsOf(flagId), "never twice, whoever runs the job again");
        outbox.deliverDue();
        assertTrue(mailTo(ada).stream().anyMatch(m -> subject(m).contains("escalated")));
        given().header("Authorization", tara.bearer()).get("/api/flags/" + flagId).then()
                .body("escalatedAt", notNullValue()).body("events.action", hasItem("ESCALATED"));
    }

    @Test
    void alertsWaitWhileTheMailServerIsDownAndArriveOnceWhenItRecovers() throws Exception {
        SmtpServer.down();
        Map<String, Object> body = answers();
        body.put("historyOfCancer", true);
        report(pat, patient, body, null).then().statusCode(201).body("actionsTaken", hasItem("THERAPIST_ALERTED"));
        assertEquals(0, outbox.deliverDue(), "mail server down: nothing leaves");
        Object error = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT last_error FROM outbox_message WHERE recipient = ?1").setParameter(1, tara.subject() + "@clinic.example")
                .getSingleResult());
        assertTrue(error != null, "the failure is recorded for operators");

        SmtpServer.up();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE outbox_message SET next_attempt_at = now() WHERE sent_at IS NULL").executeUpdate());
        assertTrue(outbox.deliverDue() >= 1);
        outbox.deliverDue();
        assertEquals(1, mailTo(tara).size(), "delivered exactly once after recovery");
    }

    @Test
    void aWeekWithoutSessionsRaisesOneAdherenceFlag() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE program SET activated_at = now() - interval '8 days' WHERE id = ?1")
                .setParameter(1, UUID.fromString(program)).executeUpdate());
        jobs.flagMissingSessions();
        jobs.flagMissingSessions();
        given().header("Authorization", tara.bearer()).queryParam("patient", patient).queryParam("severity", "ADHERENCE")
                .get("/api/flags").then().body("size()", equalTo(1)).body("[0].source", equalTo("SCHEDULE"));
    }

    @Test
    void aClinicianOpeningSeveralPagesAtOnceAfterSignInGetsNoError() throws Exception {
        Tokens.Who newcomer = Tokens.therapist(clinic);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(pool.submit(() -> given().header("Authorization", newcomer.bearer()).get("/api/caseload").statusCode()));
        }
        for (java.util.concurrent.Future<Integer> call : calls) {
            assertEquals(200, call.get());
        }
        pool.shutdown();
    }

    private Object flagField(String flagId, String column) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT " + column + " FROM flag WHERE id = ?1").setParameter(1, UUID.fromString(flagId)).getSingleResult());
    }

    private int countEscalationsOf(String flagId) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM flag_event WHERE flag_id = ?1 AND action = 'ESCALATED'")
                .setParameter(1, UUID.fromString(flagId)).getSingleResult())).intValue();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
