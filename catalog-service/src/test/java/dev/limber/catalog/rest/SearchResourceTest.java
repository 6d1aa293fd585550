package dev.limber.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search quality on the seed catalog: what a therapist types finds what they mean. */
@QuarkusTest
@TestSecurity(user = "tara", roles = "therapist")
class SearchResourceTest {

    @Test
    void aMisspeltMuscleFindsItsStretches() {
        JsonPath result = search("q=pirformis");
        List<String> slugs = result.getList("items.slug");
        assertTrue(slugs.containsAll(List.of("supine-figure-4", "pigeon-pose")), slugs.toString());
        assertTrue(result.getList("items[0].muscles").contains("piriformis"), "best match stretches the piriformis");
    }

    @Test
    void aMisspeltHamstringFindsTheHamstringStretches() {
        JsonPath result = search("q=hamstrng");
        List<String> slugs = result.getList("items.slug");
        assertTrue(slugs.containsAll(List.of("wide-legged-forward-fold", "modified-seated-side-straddle")), slugs.toString());
        assertTrue(result.getList("items[0].muscles").contains("hamstrings"));
    }

    @Test
    void theNamedExerciseRanksFirst() {
        assertEquals("runners-lunge", search("q=runner's lunge").getString("items[0].slug"));
        assertEquals("supine-figure-4", search("q=supine figure 4").getString("items[0].slug"));
        assertEquals("cat-cow-hip-circles", search("q=cat cow hip circles").getString("items[0].slug"));
        assertEquals("childs-pose", search("q=balasana").getString("items[0].slug"), "aliases are searched");
    }

    @Test
    void relatedButDistinctExercisesBothAppear() {
        assertTrue(search("q=figure 4").getList("items.slug").containsAll(List.of("supine-figure-4", "figure-4-twist")));
        assertTrue(search("q=cat cow").getList("items.slug").containsAll(List.of("cat-cow", "cat-cow-hip-circles")));
    }

    @Test
    void aHalfTypedWordMatchesAsAPrefix() {
        assertTrue(search("q=glut").getList("items.slug").contains("glute-bridge"));
    }

    @Test
    void stepsAndPurposeAreSearchedToo() {
        assertTrue(search("q=tailbone").getList("items.slug").contains("cat-cow-hip-circles"));
    }

    @Test
    void nothingMatchesNonsense() {
        given().queryParam("q", "zzqxv").get("/api/exercises").then().statusCode(200)
                .body("total", equalTo(0)).body("items", emptyIterable());
    }

    @Test
    void filtersNarrowTheCatalog() {
        given().queryParam("region", "hip").queryParam("size", 100).get("/api/exercises").then().statusCode(200)
                .body("items.regions", everyItem(hasItem("hip")));
        given().queryParam("muscle", "piriformis").queryParam("size", 100).get("/api/exercises").then()
                .body("items.muscles", everyItem(hasItem("piriformis")))
                .body("items.slug", hasItems("supine-figure-4", "pigeon-pose"));
        given().queryParam("category", "strengthening").queryParam("size", 100).get("/api/exercises").then()
                .body("items.slug", hasItems("reverse-lunge", "glute-bridge"));
        given().queryParam("position", "chair").get("/api/exercises").then()
                .body("items.slug", hasItem("seated-lunge"));
        given().queryParam("equipment", "chair").get("/api/exercises").then()
                .body("items.equipment", everyItem(hasItem("chair")));
    }

    @Test
    void severalValuesOfOneFilterMatchAnyOfThem() {
        JsonPath hipOrGroin = search("region=hip&region=groin&size=100");
        JsonPath hip = search("region=hip&size=100");
        assertTrue(hipOrGroin.getInt("total") >= hip.getInt("total"));
        hipOrGroin.getList("items.regions", List.class).forEach(regions ->
                assertTrue(regions.contains("hip") || regions.contains("groin"), regions.toString()));
    }

    @Test
    void excludingAContraindicationRemovesEveryExerciseCarryingIt() {
        JsonPath all = search("size=100");
        JsonPath safe = search("excludeContraindication=radiating-leg-pain&size=100");
        long carrying = all.getList("items.contraindications", List.class).stream()
                .filter(c -> c.contains("radiating-leg-pain")).count();
        assertTrue(carrying >= 5, "the hamstring and forward-fold stretches carry the tag");
        assertEquals(all.getInt("total") - carrying, safe.getInt("total"));
        assertTrue(!safe.getList("items.slug").contains("wide-legged-forward-fold"));
        given().queryParam("q", "hamstring").queryParam("excludeContraindication", "radiating-leg-pain")
                .get("/api/exercises").then()
                .body("items.contraindications", everyItem(not(hasItem("radiating-leg-pain"))));
    }

    @Test
    void textAndFiltersCombine() {
        given().queryParam("q", "stretch").queryParam("position", "supine").queryParam("size", 100)
                .get("/api/exercises").then().statusCode(200)
                .body("items.position", everyItem(equalTo("supine")));
    }

    @Test
    void pagesAreDisjointAndShareTheTotal() {
        JsonPath first = search("size=5&page=0");
        JsonPath second = search("size=5&page=1");
        assertEquals(first.getInt("total"), second.getInt("total"));
        List<String> both = new ArrayList<>(first.getList("items.slug"));
        both.retainAll(second.getList("items.slug"));
        assertTrue(both.isEmpty());
        given().queryParam("size", 5).get("/api/exercises").then().body("items", hasSize(5));
    }

    @Test
    void everyItemCarriesTheContractFields() {
        given().queryParam("q", "runners lunge").get("/api/exercises").then().statusCode(200)
                .body("items[0].slug", equalTo("runners-lunge"))
                .body("items[0].version", equalTo(1))
                .body("items[0].name", equalTo("Runner's Lunge"))
                .body("items[0].dosage.holdSeconds", equalTo(30))
                .body("items[0].dosage.perSide", equalTo(true))
                .body("items[0].regions", hasItem("hip"))
                .body("items[0].muscles", hasItem("hip-flexors"))
                .body("items[0]", org.hamcrest.Matchers.hasKey("contraindications"))
                .body("items[0]", org.hamcrest.Matchers.hasKey("purpose"));
    }

    @Test
    void badParametersNameThemselves() {
        given().queryParam("region", "elbow").get("/api/exercises").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("region[0]"));
        given().queryParam("size", 101).get("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("excludeContraindication", "bad-knees").get("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("excludeContraindication[0]"));
        given().queryParam("category", "yoga").get("/api/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
    }

    private static JsonPath search(String query) {
        return given().get("/api/exercises?" + query).then().statusCode(200).extract().jsonPath();
    }
}
