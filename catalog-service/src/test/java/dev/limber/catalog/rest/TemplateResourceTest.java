package dev.limber.catalog.rest;

import static dev.limber.catalog.rest.ExerciseFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "tara", roles = "therapist")
class TemplateResourceTest {

    @Test
    void theFiveMinuteReleaseFollowsItsArticleAndTakesFiveMinutes() {
        given().get("/api/templates/five-minute-release").then().statusCode(200)
                .body("builtIn", equalTo(true))
                .body("items.exercise", equalTo(List.of("cat-cow-hip-circles", "childs-pose", "runners-lunge",
                        "supine-figure-4", "gentle-supine-twist")))
                .body("items.position", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("items[2].dosage.holdSeconds", equalTo(30))
                .body("items[2].dosage.perSide", equalTo(true))
                .body("items[2].seconds", equalTo(60))
                .body("items[0].name", equalTo("Cat-Cow Hip Circles"))
                .body("totalSeconds", equalTo(300));
    }

    @Test
    void everyBuiltInTemplateIsListed() {
        given().get("/api/templates").then().statusCode(200)
                .body("slug", hasItems("five-minute-release", "nine-easy-stretches", "ten-back-and-hip-exercises",
                        "lower-back-starter"))
                .body("find { it.slug == 'nine-easy-stretches' }.itemCount", equalTo(9))
                .body("find { it.slug == 'ten-back-and-hip-exercises' }.itemCount", equalTo(10))
                .body("find { it.slug == 'five-minute-release' }.totalSeconds", equalTo(300));
    }

    @Test
    void theTenExercisesKeepTheirOwnSeatedTwistHold() {
        given().get("/api/templates/ten-back-and-hip-exercises").then().statusCode(200)
                .body("items.find { it.exercise == 'seated-twist' }.dosage.holdSeconds", equalTo(60))
                .body("items.find { it.exercise == 'reverse-lunge' }.dosage.reps", equalTo(10))
                .body("items.find { it.exercise == 'reverse-lunge' }.dosage.sets", equalTo(3));
        given().get("/api/templates/nine-easy-stretches").then()
                .body("items.find { it.exercise == 'seated-twist' }.dosage.holdSeconds", equalTo(30));
    }

    @Test
    void createUsesTheExerciseDefaultDosageUnlessOneIsGiven() {
        String slug = uniqueSlug("morning");
        Map<String, Object> body = Map.of("slug", slug, "name", "Morning hips", "items", List.of(
                Map.of("exercise", "childs-pose"),
                Map.of("exercise", "runners-lunge", "dosage", Map.of("holdSeconds", 45, "perSide", true),
                        "note", "Go gently on the left")));
        given().contentType(ContentType.JSON).body(body).post("/api/templates").then().statusCode(201)
                .header("Location", endsWith("/api/templates/" + slug))
                .body("builtIn", equalTo(false))
                .body("version", equalTo(1))
                .body("items[0].dosage.holdSeconds", equalTo(30))
                .body("items[1].dosage.holdSeconds", equalTo(45))
                .body("items[1].note", equalTo("Go gently on the left"))
                .body("totalSeconds", equalTo(30 + 90 + 15));
    }

    @Test
    void editReordersAndAStaleEditIsAConflict() {
        String slug = createTwoItemTemplate();
        Map<String, Object> edit = new HashMap<>(Map.of("version", 1, "name", "Evening hips", "items", List.of(
                Map.of("exercise", "runners-lunge"), Map.of("exercise", "childs-pose"))));
        given().contentType(ContentType.JSON).body(edit).put("/api/templates/{slug}", slug).then().statusCode(200)
                .body("name", equalTo("Evening hips"))
                .body("version", equalTo(2))
                .body("items.exercise", equalTo(List.of("runners-lunge", "childs-pose")));
        given().contentType(ContentType.JSON).body(edit).put("/api/templates/{slug}", slug).then().statusCode(409)
                .contentType("application/problem+json");
        edit.remove("version");
        given().contentType(ContentType.JSON).body(edit).put("/api/templates/{slug}", slug).then().statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void builtInTemplatesAreCopiedNotEdited() {
        Map<String, Object> edit = Map.of("version", 1, "name", "Mine", "items", List.of(Map.of("exercise", "childs-pose")));
        given().contentType(ContentType.JSON).body(edit).put("/api/templates/five-minute-release").then().statusCode(409)
                .body("detail", containsString("copy it"));
        given().delete("/api/templates/five-minute-release").then().statusCode(409);

        String copy = uniqueSlug("release");
        given().contentType(ContentType.JSON).body(Map.of("slug", copy, "name", "Release for desk workers"))
                .post("/api/templates/five-minute-release/copy").then().statusCode(201)
                .header("Location", endsWith("/api/templates/" + copy))
                .body("builtIn", equalTo(false))
                .body("name", equalTo("Release for desk workers"))
                .body("items", hasSize(5))
                .body("totalSeconds", equalTo(300))
                .body("createdBy", equalTo("tara"));
        Map<String, Object> shorter = Map.of("version", 1, "name", "Release for desk workers", "items", List.of(
                Map.of("exercise", "childs-pose", "dosage", Map.of("holdSeconds", 60))));
        given().contentType(ContentType.JSON).body(shorter).put("/api/templates/{slug}", copy).then().statusCode(200)
                .body("totalSeconds", equalTo(60));
        given().get("/api/templates/five-minute-release").then().body("items", hasSize(5));
    }

    @Test
    void deleteRemovesOnlyYourOwnTemplates() {
        String slug = createTwoItemTemplate();
        given().delete("/api/templates/{slug}", slug).then().statusCode(204);
        given().get("/api/templates/{slug}", slug).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/templates/{slug}", slug).then().statusCode(404);
    }

    @Test
    void unknownOrRetiredExercisesAreNamedByPosition() {
        Map<String, Object> body = Map.of("name", "Broken " + uniqueSlug("t"), "items", List.of(
                Map.of("exercise", "childs-pose"), Map.of("exercise", "no-such-stretch")));
        given().contentType(ContentType.JSON).body(body).post("/api/templates").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("items[1].exercise"))
                .body("errors[0].message", equalTo("no exercise with this slug"));
    }

    @Test
    void invalidTemplatesAreRejectedFieldByField() {
        Map<String, Object> body = Map.of("name", "", "items", List.of(
                Map.of("exercise", "childs-pose", "dosage", Map.of("holdSeconds", 0)),
                Map.of("exercise", "Not A Slug")));
        given().contentType(ContentType.JSON).body(body).post("/api/templates").then().statusCode(400)
                .body("errors.field", hasItems("name", "items[0].dosage.holdSeconds", "items[1].exercise"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Empty", "items", List.of()))
                .post("/api/templates").then().statusCode(400).body("errors.field", hasItem("items"));
    }

    @Test
    void duplicateSlugIsAConflict() {
        String slug = createTwoItemTemplate();
        Map<String, Object> body = Map.of("slug", slug, "name", "Again", "items", List.of(Map.of("exercise", "childs-pose")));
        given().contentType(ContentType.JSON).body(body).post("/api/templates").then().statusCode(409);
    }

    @Test
    void unknownTemplateIsNotFound() {
        given().get("/api/templates/no-such-template").then().statusCode(404).body("description", nullValue());
    }

    private static String createTwoItemTemplate() {
        String slug = uniqueSlug("hips");
        Map<String, Object> body = Map.of("slug", slug, "name", "Morning hips", "items", List.of(
                Map.of("exercise", "childs-pose"), Map.of("exercise", "runners-lunge")));
        given().contentType(ContentType.JSON).body(body).post("/api/templates").then().statusCode(201);
        return slug;
    }
}
