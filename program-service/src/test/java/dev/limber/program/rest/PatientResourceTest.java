package dev.limber.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import dev.limber.program.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Identities from @TestSecurity with the clinic_id and sub claims set through @OidcSecurity. */
@QuarkusTest
class PatientResourceTest {

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    @OidcSecurity(claims = {@Claim(key = "clinic_id", value = "clinic-ts"), @Claim(key = "sub", value = "tara-sub")})
    void aTherapistRegistersAPatientInTheirClinicAndFindsIt() {
        String id = given().contentType(ContentType.JSON).body(Api.patientBody(null, "Europe/Paris"))
                .post("/api/patients").then().statusCode(201)
                .body("therapist", is("tara-sub"))
                .body("baselinePain", is(6))
                .body("displayName", is("Pat Example")).extract().path("id");
        given().get("/api/patients/" + id).then().statusCode(200).body("timeZone", is("Europe/Paris"));
        given().get("/api/me").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "clinic-admin")
    @OidcSecurity(claims = {@Claim(key = "clinic_id", value = "clinic-ts"), @Claim(key = "sub", value = "ada-sub")})
    void aClinicAdminAssignsAnotherTherapist() {
        var body = Api.patientBody(null, "Europe/Paris");
        body.put("therapist", "tara-sub");
        given().contentType(ContentType.JSON).body(body).post("/api/patients").then().statusCode(201)
                .body("therapist", is("tara-sub"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    @OidcSecurity(claims = {@Claim(key = "clinic_id", value = "clinic-ts"), @Claim(key = "sub", value = "unlinked")})
    void aPatientWithoutARecordGets404FromMeAnd403ForStaffEndpoints() {
        given().get("/api/me").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Api.patientBody(null, "Europe/Paris")).post("/api/patients")
                .then().statusCode(403).body("title", is("Forbidden"));
        given().get("/api/caseload").then().statusCode(403);
    }
}
