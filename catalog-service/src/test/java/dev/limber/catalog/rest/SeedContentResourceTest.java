package dev.limber.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyIterable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog ships every exercise of the four seed articles, with the dosage the articles give. */
@QuarkusTest
@TestSecurity(user = "pat", roles = "patient")
class SeedContentResourceTest {

    static final Set<String> SEED_SLUGS = Set.of(
            // Easy 5-Minute Stretch To Release Lower Back and Hip Pain
            "cat-cow-hip-circles", "childs-pose", "runners-lunge", "supine-figure-4", "gentle-supine-twist",
            // 9 Easy Stretches to Release Lower Back and Hip Pain (also Child's Pose, Supine Figure 4, Runner's Lunge)
            "figure-4-twist", "adductor-opener", "wide-legged-forward-fold", "cow-face-legs", "seated-twist", "happy-baby",
            // 10 Exercises for Back and Hip Pain (also Seated Twist)
            "reverse-lunge", "lying-twist", "shoelace-stretch", "seated-lunge", "pigeon-pose", "butterfly-pose",
            "lateral-hip-stretch", "standing-abdominal", "deep-squat-rest",
            // Easy Stretches To Release Lower Back And Hip Pain
            "cat-cow", "supine-abdominal-draw-in", "knee-to-chest", "lower-back-rotational-stretch", "glute-bridge",
            "modified-seated-side-straddle", "cobra-to-downward-dog", "kneeling-thoracic-twist");

    @Test
    void everySeedExerciseIsInTheCatalogOnce() {
        JsonPath all = given().queryParam("size", 100).get("/api/exercises").then().statusCode(200).extract().jsonPath();
        Set<String> slugs = all.getList("items.slug", String.class).stream().collect(Collectors.toSet());
        assertTrue(slugs.containsAll(SEED_SLUGS), "missing: " + SEED_SLUGS.stream().filter(s -> !slugs.contains(s)).toList());
        List<String> seedNames = all.getList("items.findAll { it.slug in ['" + String.join("','", SEED_SLUGS) + "'] }.name");
        assertEquals(SEED_SLUGS.size(), Set.copyOf(seedNames).size(), "names are distinct");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // slug, hold, holdMax, reps, repsMax, sets, perSide, breaths, breathsMax, timesPerDay, timesPerDayMax
            "cat-cow-hip-circles,           30, -,  -,  -, -, false, -, -, -, -",
            "childs-pose,                   30, -,  -,  -, -, false, -, -, -, -",
            "runners-lunge,                 30, -,  -,  -, -, true,  -, -, -, -",
            "supine-figure-4,               30, -,  -,  -, -, true,  -, -, -, -",
            "gentle-supine-twist,           30, -,  -,  -, -, true,  -, -, -, -",
            "figure-4-twist,                30, -,  -,  -, -, true,  -, -, -, -",
            "adductor-opener,               30, -,  -,  -, -, false, -, -, -, -",
            "wide-legged-forward-fold,      30, -,  -,  -, -, false, -, -, -, -",
            "cow-face-legs,                 30, -,  -,  -, -, false, -, -, -, -",
            "seated-twist,                  30, -,  -,  -, -, true,  -, -, -, -",
            "happy-baby,                    30, -,  -,  -, -, false, -, -, -, -",
            "reverse-lunge,                 -,  -, 10,  -, 3, true,  -, -, -, -",
            "lying-twist,                   30, 60, -,  -, -, true,  -, -, -, -",
            "shoelace-stretch,              30, 60, -,  -, -, true,  -, -, -, -",
            "seated-lunge,                  60, -,  -,  -, -, true,  -, -, -, -",
            "pigeon-pose,                   30, -,  -,  -, -, false, -, -, -, -",
            "butterfly-pose,                -,  -,  -,  -, -, false, 5, -, -, -",
            "lateral-hip-stretch,           -,  -,  -,  -, -, true,  4, 5, -, -",
            "standing-abdominal,            20, -,  -,  -, -, false, -, -, 5, 10",
            "deep-squat-rest,               60, -,  -,  -, -, false, -, -, 2, 3",
            "cat-cow,                       -,  -, 10,  -, -, false, -, -, -, -",
            "supine-abdominal-draw-in,      10, -, 10,  -, -, false, -, -, -, -",
            "knee-to-chest,                 5,  -,  2,  3, -, true,  -, -, 2, -",
            "lower-back-rotational-stretch, 5, 10,  2,  3, -, true,  -, -, 2, -",
            "glute-bridge,                  -,  -,  -,  -, -, false, 3, -, -, -",
            "modified-seated-side-straddle, 30, -,  5,  6, -, true,  -, -, -, -",
            "cobra-to-downward-dog,         -,  -, 10,  -, -, false, -, -, -, -",
            "kneeling-thoracic-twist,       -,  -, 10,  -, -, true,  -, -, -, -",
    })
    void dosageIsAsTheArticlesGiveIt(String slug, Integer hold, Integer holdMax, Integer reps, Integer repsMax,
            Integer sets, boolean perSide, Integer breaths, Integer breathsMax, Integer timesPerDay, Integer timesPerDayMax) {
        given().get("/api/exercises/{slug}", slug).then().statusCode(200)
                .body("version", equalTo(1))
                .body("dosage.holdSeconds", equalTo(hold))
                .body("dosage.holdSecondsMax", equalTo(holdMax))
                .body("dosage.reps", equalTo(reps))
                .body("dosage.repsMax", equalTo(repsMax))
                .body("dosage.sets", equalTo(sets))
                .body("dosage.perSide", equalTo(perSide))
                .body("dosage.breaths", equalTo(breaths))
                .body("dosage.breathsMax", equalTo(breathsMax))
                .body("dosage.timesPerDay", equalTo(timesPerDay))
                .body("dosage.timesPerDayMax", equalTo(timesPerDayMax))
                .body("steps", not(emptyIterable()))
                .body("sourceArticles", not(emptyIterable()));
    }

    @Test
    void hamstringStretchesAndForwardFoldsCarryTheRadiatingLegPainTag() {
        // Seed 001: hamstring stretching "may not be a wise idea" with pain radiating down the legs.
        for (String slug : List.of("wide-legged-forward-fold", "modified-seated-side-straddle", "cobra-to-downward-dog",
                "shoelace-stretch", "butterfly-pose")) {
            given().get("/api/exercises/{slug}", slug).then().body("contraindications", hasItem("radiating-leg-pain"));
        }
        JsonPath hamstrings = given().queryParam("muscle", "hamstrings").queryParam("size", 100).get("/api/exercises")
                .then().extract().jsonPath();
        hamstrings.getList("items.findAll { it.slug in ['" + String.join("','", SEED_SLUGS) + "'] }.contraindications",
                List.class).forEach(tags -> assertTrue(tags.contains("radiating-leg-pain")));
    }

    @Test
    void mergedExercisesNameEveryArticleTheyComeFrom() {
        given().get("/api/exercises/runners-lunge").then()
                .body("sourceArticles", equalTo(List.of("Easy 5-Minute Stretch To Release Lower Back and Hip Pain",
                        "9 Easy Stretches to Release Lower Back and Hip Pain")));
        given().get("/api/exercises/seated-twist").then()
                .body("sourceArticles", hasItem("10 Exercises for Back and Hip Pain You Should Be Doing NOW!"));
    }

    @Test
    void relatedExercisesStayDistinct() {
        given().get("/api/exercises/cat-cow").then().body("name", equalTo("Cat-Cow"));
        given().get("/api/exercises/cat-cow-hip-circles").then().body("name", equalTo("Cat-Cow Hip Circles"));
        given().get("/api/exercises/supine-figure-4").then().body("aliases", not(hasItem("Figure 4 Twist")));
    }
}
