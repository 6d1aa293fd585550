package dev.limber.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeResourceTest {

    @Test
    @TestSecurity(user = "tara", roles = "therapist")
    void searchAnswers() {
        given().get("/api/exercises").then().log().ifValidationFails().statusCode(200).body("total", greaterThanOrEqualTo(0));
    }
}
