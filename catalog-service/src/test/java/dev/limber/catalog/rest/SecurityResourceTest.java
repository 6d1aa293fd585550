package dev.limber.catalog.rest;

import static dev.limber.catalog.rest.ExerciseFixtures.exercise;
import static dev.limber.catalog.rest.ExerciseFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading needs any signed-in user; writing needs therapist or clinic-admin. */
@QuarkusTest
class SecurityResourceTest {

    @Test
    void anonymousCallersGet401ProblemWithABearerChallenge() {
        for (String path : new String[] {"/api/exercises", "/api/exercises/childs-pose", "/api/templates",
                "/api/templates/five-minute-release", "/api/vocabulary"}) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
        given().contentType(ContentType.JSON).body(exercise(uniqueSlug("anon"))).post("/api/exercises")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void patientsReadButNeverWrite() {
        given().get("/api/exercises").then().statusCode(200);
        given().get("/api/templates").then().statusCode(200);
        String slug = uniqueSlug("patient");
        given().contentType(ContentType.JSON).body(exercise(slug)).post("/api/exercises")
                .then().statusCode(403).contentType("application/problem+json").body("title", equalTo("Forbidden"));
        Map<String, Object> edit = exercise("childs-pose");
        edit.put("version", 1);
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/childs-pose").then().statusCode(403);
        given().delete("/api/exercises/childs-pose").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", "Mine")).post("/api/templates/five-minute-release/copy")
                .then().statusCode(403);
        given().delete("/api/templates/five-minute-release").then().statusCode(403);
        given().get("/api/exercises/childs-pose").then().statusCode(200).body("retired", equalTo(false));
    }

    @Test
    @TestSecurity(user = "ada", roles = "clinic-admin")
    void clinicAdminsWrite() {
        given().contentType(ContentType.JSON).body(exercise(uniqueSlug("admin"))).post("/api/exercises")
                .then().statusCode(201).body("createdBy", equalTo("ada"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "guest")
    void usersWithoutALimberRoleCanReadOnly() {
        given().get("/api/exercises").then().statusCode(200);
        given().contentType(ContentType.JSON).body(exercise(uniqueSlug("guest"))).post("/api/exercises")
                .then().statusCode(403);
    }
}
