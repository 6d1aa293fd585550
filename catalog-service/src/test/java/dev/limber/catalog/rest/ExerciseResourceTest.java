package dev.limber.catalog.rest;

import static dev.limber.catalog.rest.ExerciseFixtures.exercise;
import static dev.limber.catalog.rest.ExerciseFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "tara", roles = "therapist")
class ExerciseResourceTest {

    @Test
    void createReadsBackAsVersionOneWithLocation() {
        String slug = uniqueSlug("calf");
        given().contentType(ContentType.JSON).body(exercise(slug))
                .when().post("/api/exercises")
                .then().statusCode(201)
                .header("Location", endsWith("/api/exercises/" + slug))
                .body("slug", equalTo(slug))
                .body("version", equalTo(1))
                .body("createdBy", equalTo("tara"))
                .body("dosage.holdSeconds", equalTo(20))
                .body("dosage.perSide", equalTo(true));

        given().get("/api/exercises/{slug}", slug).then().statusCode(200)
                .body("name", equalTo("Wall Calf Lean"))
                .body("steps", hasSize(3))
                .body("steps[1]", equalTo("Step one foot back and press the heel down."))
                .body("contraindications", equalTo(List.of("balance-problems")));
    }

    @Test
    void slugIsDerivedFromTheNameWhenLeftOut() {
        Map<String, Object> body = exercise(null);
        String name = "Doorway Chest Opener " + uniqueSlug("x");
        body.put("name", name);
        String slug = given().contentType(ContentType.JSON).body(body).post("/api/exercises")
                .then().statusCode(201).extract().path("slug");
        assertEquals(name.toLowerCase().replace(' ', '-'), slug);
    }

    @Test
    void aRetriedCreateNeverDuplicates() {
        String slug = uniqueSlug("retry");
        given().contentType(ContentType.JSON).body(exercise(slug)).post("/api/exercises").then().statusCode(201);
        given().contentType(ContentType.JSON).body(exercise(slug)).post("/api/exercises")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(slug));
        given().get("/api/exercises/{slug}/versions", slug).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void editWritesANewVersionAndKeepsTheOldOneExactlyAsItWas() {
        String slug = create();
        Map<String, Object> edit = exercise(slug);
        edit.put("version", 1);
        edit.put("steps", List.of("Stand facing a wall.", "Step back and hold."));
        edit.put("changeNote", "Shorter steps");
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/{slug}", slug)
                .then().statusCode(200).body("version", equalTo(2)).body("latestVersion", equalTo(2));

        given().get("/api/exercises/{slug}", slug).then().body("version", equalTo(2)).body("steps", hasSize(2));
        given().get("/api/exercises/{slug}/versions/1", slug).then().statusCode(200)
                .body("version", equalTo(1))
                .body("latestVersion", equalTo(2))
                .body("steps", hasSize(3))
                .body("steps[0]", equalTo("Stand facing a wall with your hands on it."));
        given().get("/api/exercises/{slug}/versions", slug).then().statusCode(200)
                .body("version", equalTo(List.of(2, 1)))
                .body("current", equalTo(List.of(true, false)))
                .body("[0].changeNote", equalTo("Shorter steps"));
    }

    @Test
    void editOfAStaleVersionIsAConflict() {
        String slug = create();
        Map<String, Object> edit = exercise(slug);
        edit.put("version", 1);
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/{slug}", slug).then().statusCode(200);
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/{slug}", slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("no longer the current one"));
        given().get("/api/exercises/{slug}", slug).then().body("version", equalTo(2));
    }

    @Test
    void concurrentEditsOfTheSameVersionLetExactlyOneWin() throws Exception {
        String slug = create();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Map<String, Object> edit = exercise(slug);
            edit.put("version", 1);
            edit.put("purpose", "Edited by writer " + i + ".");
            Callable<Integer> put = () -> {
                start.await();
                return given().contentType(ContentType.JSON).body(edit).put("/api/exercises/{slug}", slug).statusCode();
            };
            results.add(pool.submit(put));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        given().get("/api/exercises/{slug}/versions", slug).then().body("$", hasSize(2));
    }

    @Test
    void editWithoutTheVersionBeingEditedIsRejected() {
        String slug = create();
        given().contentType(ContentType.JSON).body(exercise(slug)).put("/api/exercises/{slug}", slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("version"));
    }

    @Test
    void theSlugOfAnExerciseCannotBeChanged() {
        String slug = create();
        Map<String, Object> edit = exercise("another-slug");
        edit.put("version", 1);
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/{slug}", slug)
                .then().statusCode(400).body("errors.field", hasItem("slug"));
    }

    @Test
    void retiringHidesFromSearchButEveryVersionStaysReadable() {
        String slug = create();
        given().delete("/api/exercises/{slug}", slug).then().statusCode(204);
        given().delete("/api/exercises/{slug}", slug).then().statusCode(204);
        given().get("/api/exercises/{slug}", slug).then().statusCode(200).body("retired", equalTo(true));
        given().get("/api/exercises/{slug}/versions/1", slug).then().statusCode(200);
        given().queryParam("q", "Wall Calf Lean").queryParam("size", 100).get("/api/exercises")
                .then().statusCode(200).body("items.slug", not(hasItem(slug)));
        Map<String, Object> edit = exercise(slug);
        edit.put("version", 1);
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/{slug}", slug)
                .then().statusCode(409).body("detail", containsString("retired"));
    }

    @Test
    void searchListsTheVersionAnEditJustWrote() {
        String slug = create();
        String versionsOfIt = "items.findAll { it.slug == '" + slug + "' }.version";
        given().queryParam("q", "Wall Calf Lean").queryParam("size", 100).get("/api/exercises").then().statusCode(200)
                .body(versionsOfIt, equalTo(List.of(1)));
        Map<String, Object> edit = exercise(slug);
        edit.put("version", 1);
        edit.put("purpose", "Eases calves that cramp after a brindlequat walk.");
        edit.put("muscles", List.of("calves", "hamstrings"));
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/{slug}", slug).then().statusCode(200);

        given().queryParam("q", "Wall Calf Lean").queryParam("size", 100).get("/api/exercises").then().statusCode(200)
                .body(versionsOfIt, equalTo(List.of(2)));
        given().queryParam("q", "brindlequat").get("/api/exercises").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].slug", equalTo(slug))
                .body("items[0].version", equalTo(2))
                .body("items[0].muscles", equalTo(List.of("calves", "hamstrings")));
    }

    @Test
    void searchForgetsAnExerciseAsSoonAsItIsRetired() {
        String slug = create();
        String listed = "items.findAll { it.slug == '" + slug + "' }.size()";
        given().queryParam("q", "Wall Calf Lean").queryParam("size", 100).get("/api/exercises").then()
                .body(listed, equalTo(1));
        given().delete("/api/exercises/{slug}", slug).then().statusCode(204);
        given().queryParam("q", "Wall Calf Lean").queryParam("size", 100).get("/api/exercises").then()
                .body(listed, equalTo(0));
    }

    @Test
    void aMisspellingFindsAWordThatAnotherWriteAddedAfterItWasFirstLookedUp() {
        given().queryParam("q", "zefyrquill").get("/api/exercises").then().statusCode(200).body("total", equalTo(0));
        String slug = uniqueSlug("zephyrquill");
        Map<String, Object> body = exercise(slug);
        body.put("name", "Zephyrquill Calf Lean");
        given().contentType(ContentType.JSON).body(body).post("/api/exercises").then().statusCode(201);

        given().queryParam("q", "zefyrquill").get("/api/exercises").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].slug", equalTo(slug));
    }

    @Test
    void unknownExercisesAndVersionsAreNotFound() {
        given().get("/api/exercises/no-such-exercise").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", containsString("no-such-exercise"));
        String slug = create();
        given().get("/api/exercises/{slug}/versions/7", slug).then().statusCode(404)
                .body("detail", containsString("no version 7"));
        given().get("/api/exercises/{slug}/versions/0", slug).then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> edit = exercise("no-such-exercise");
        edit.put("version", 1);
        given().contentType(ContentType.JSON).body(edit).put("/api/exercises/no-such-exercise").then().statusCode(404);
        given().delete("/api/exercises/no-such-exercise").then().statusCode(404);
    }

    private static String create() {
        String slug = uniqueSlug("calf");
        given().contentType(ContentType.JSON).body(exercise(slug)).post("/api/exercises").then().statusCode(201);
        return slug;
    }
}
