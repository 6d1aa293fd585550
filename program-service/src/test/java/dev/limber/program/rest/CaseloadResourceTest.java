package dev.limber.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.program.support.Api;
import dev.limber.program.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The caseload: one call, every assigned patient, from the pre-aggregated day tally and the flag table. */
@QuarkusTest
class CaseloadResourceTest {

    static final String ZONE = "Europe/Lisbon";

    @Inject
    EntityManager em;

    final String clinic = Tokens.clinic();
    final Tokens.Who tara = Tokens.therapist(clinic);
    final Tokens.Who pat = Tokens.patient(clinic);
    final Tokens.Who sam = Tokens.patient(clinic);

    @Test
    void everyPatientWithAdherenceLastSessionPainTrendAndOpenFlags() {
        String withProgram = Api.createPatient(tara, pat, ZONE);
        String without = Api.createPatient(tara, sam, ZONE);
        String program = Api.activeProgram(tara, withProgram);
        List<String> items = Api.itemIds(pat, program);
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        // Two earlier weeks of high pain, as the session log would have tallied them.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int d = 8; d <= 9; d++) {
                em.createNativeQuery("INSERT INTO patient_day VALUES (?1, ?2, 1, 0, 7, 1)")
                        .setParameter(1, UUID.fromString(withProgram)).setParameter(2, today.minusDays(d))
                        .executeUpdate();
            }
            // Acknowledged is still open (seen, not yet resolved); resolved is not.
            for (String status : List.of("OPEN", "OPEN", "ACKNOWLEDGED", "RESOLVED")) {
                em.createNativeQuery("INSERT INTO flag VALUES (?1, ?2, ?3, 'REVIEW', ?4, now())")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, clinic)
                        .setParameter(3, UUID.fromString(withProgram)).setParameter(4, status).executeUpdate();
            }
        });
        var now = Api.nowIn(ZONE);
        Api.logSession(pat, program, Api.fullSession(items, now.minusHours(1))).then().statusCode(201);
        Api.logSession(pat, program, Api.fullSession(items, now)).then().statusCode(201);
        Number fullToday = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT full_sessions FROM patient_day WHERE patient_id = ?1 AND day = ?2")
                .setParameter(1, UUID.fromString(withProgram)).setParameter(2, now.toLocalDate()).getSingleResult());
        assertEquals(2, fullToday.intValue());

        given().header("Authorization", tara.bearer()).get("/api/caseload").then().statusCode(200)
                .body("size()", is(2))
                .body("find { it.patientId == '" + withProgram + "' }.programId", is(program))
                .body("find { it.patientId == '" + withProgram + "' }.last7DaysPercent", is(100))
                // The week before, the program did not exist yet: nothing prescribed, no percentage.
                .body("find { it.patientId == '" + withProgram + "' }.previous7DaysPercent", nullValue())
                .body("find { it.patientId == '" + withProgram + "' }.lastSessionAt", notNullValue())
                .body("find { it.patientId == '" + withProgram + "' }.painTrend", is("IMPROVING"))
                .body("find { it.patientId == '" + withProgram + "' }.openFlags", is(3))
                .body("find { it.patientId == '" + without + "' }.programId", nullValue())
                .body("find { it.patientId == '" + without + "' }.last7DaysPercent", nullValue())
                .body("find { it.patientId == '" + without + "' }.openFlags", is(0));
    }

    @Test
    void pausedDaysAreNotPrescribedAndAnActiveProgramWinsOverAPausedOne() {
        String patient = Api.createPatient(tara, pat, ZONE);
        String paused = Api.activeProgram(tara, patient);
        given().header("Authorization", tara.bearer()).post("/api/programs/" + paused + "/pause").then().statusCode(200);
        String program = Api.activeProgram(tara, patient);
        ZoneId zone = ZoneId.of(ZONE);
        LocalDate today = LocalDate.now(zone);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE program SET activated_at = now() - interval '10 days' WHERE id = ?1")
                    .setParameter(1, UUID.fromString(program)).executeUpdate();
            // Done 6, 5 and 4 days ago; paused from midday 3 days ago to midday 2 days ago; nothing since.
            for (int d = 4; d <= 6; d++) {
                em.createNativeQuery("INSERT INTO patient_day VALUES (?1, ?2, 1, 0, 4, 1)")
                        .setParameter(1, UUID.fromString(patient)).setParameter(2, today.minusDays(d)).executeUpdate();
            }
            em.createNativeQuery("INSERT INTO program_pause VALUES (?1, ?2, ?3, ?4, 'tara')")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(program))
                    .setParameter(3, today.minusDays(3).atTime(12, 0).atZone(zone).toOffsetDateTime())
                    .setParameter(4, today.minusDays(2).atTime(12, 0).atZone(zone).toOffsetDateTime()).executeUpdate();
        });

        // Prescribed: 6, 5, 4 and 1 days ago (the two paused days and an untouched today are not): 3 of 4.
        given().header("Authorization", tara.bearer()).get("/api/caseload").then().statusCode(200)
                .body("size()", is(1))
                .body("[0].programId", is(program))
                .body("[0].programStatus", is("ACTIVE"))
                .body("[0].last7DaysPercent", is(75))
                // 13 to 7 days ago: prescribed from activation 10 days ago, nothing done.
                .body("[0].previous7DaysPercent", is(0));
    }

    @Test
    void aTherapistWithoutPatientsHasAnEmptyCaseload() {
        given().header("Authorization", Tokens.therapist(Tokens.clinic()).bearer()).get("/api/caseload").then()
                .statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));
    }
}
