package dev.limber.catalog.rest;

import static dev.limber.catalog.rest.ExerciseFixtures.exercise;
import static dev.limber.catalog.rest.ExerciseFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bad input gets 400 problem+json naming the field, and nothing is stored. */
@QuarkusTest
@TestSecurity(user = "tara", roles = "therapist")
class ExerciseValidationResourceTest {

    @Test
    void emptyName() {
        rejected(b -> b.put("name", "  "), "name");
    }

    @Test
    void negativeHold() {
        rejected(b -> ((Map<String, Object>) b.get("dosage")).put("holdSeconds", -5), "dosage.holdSeconds");
    }

    @Test
    void rangeUpperEndBelowLowerEnd() {
        rejected(b -> ((Map<String, Object>) b.get("dosage")).put("holdSecondsMax", 10), "dosage.holdSecondsMaxValid");
    }

    @Test
    void dosageWithNoAmount() {
        rejected(b -> b.put("dosage", Map.of("sets", 2)), "dosage.amountValid");
    }

    @Test
    void unknownRegionNamesTheAllowedOnes() {
        String slug = uniqueSlug("bad");
        Map<String, Object> body = exercise(slug);
        body.put("regions", List.of("thigh", "elbow"));
        given().contentType(ContentType.JSON).body(body).post("/api/exercises")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("regions[1]"))
                .body("errors[0].message", containsString("unknown value 'elbow'"))
                .body("errors[0].message", containsString("lower-back"));
        given().get("/api/exercises/{slug}", slug).then().statusCode(404);
    }

    @Test
    void unknownCategoryPositionMuscleAndContraindication() {
        String slug = uniqueSlug("bad");
        Map<String, Object> body = exercise(slug);
        body.put("category", "yoga");
        body.put("position", "upside-down");
        body.put("muscles", List.of("biceps"));
        body.put("contraindications", List.of("headache"));
        given().contentType(ContentType.JSON).body(body).post("/api/exercises")
                .then().statusCode(400)
                .body("errors.field", hasItems("category", "position", "muscles[0]", "contraindications[0]"));
    }

    @Test
    void missingStepsAndRegions() {
        rejected(b -> {
            b.put("steps", List.of());
            b.remove("regions");
        }, "steps");
    }

    @Test
    void badSlug() {
        rejected(b -> b.put("slug", "Not A Slug"), "slug");
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> body = exercise(uniqueSlug("bad"));
        body.put("dosage", Map.of("holdSeconds", "thirty"));
        given().contentType(ContentType.JSON).body(body).post("/api/exercises")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dosage.holdSeconds"));
    }

    @Test
    void malformedJson() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/exercises")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid input"));
    }

    @Test
    void missingBody() {
        given().contentType(ContentType.JSON).post("/api/exercises")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void userTextWithMarkupIsStoredAsText() {
        String slug = uniqueSlug("markup");
        Map<String, Object> body = exercise(slug);
        body.put("name", "<script>alert(1)</script>");
        given().contentType(ContentType.JSON).body(body).post("/api/exercises").then().statusCode(201)
                .body("name", equalTo("<script>alert(1)</script>"));
    }

    private static void rejected(Consumer<Map<String, Object>> change, String field) {
        String slug = uniqueSlug("bad");
        Map<String, Object> body = exercise(slug);
        body.put("dosage", new java.util.HashMap<>((Map<String, Object>) body.get("dosage")));
        change.accept(body);
        given().contentType(ContentType.JSON).body(body).post("/api/exercises")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        given().get("/api/exercises/{slug}", slug).then().statusCode(404);
    }
}
