package dev.limber.program.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.limber.program.support.Api;
import dev.limber.program.support.CatalogContract;
import dev.limber.program.support.CatalogWireMock;
import dev.limber.program.support.InjectCatalog;
import dev.limber.program.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How prescribing behaves when catalog-service misbehaves: a blip is retried, a hung catalog times out, a
 * failing catalog trips the breaker (the therapist gets 503 at once and the catalog is left alone), and "no such
 * exercise" is an answer that never trips it.
 */
@QuarkusTest
class CatalogClientResourceTest {

    @InjectCatalog
    WireMockServer catalog;

    final String clinic = Tokens.clinic();
    final Tokens.Who tara = Tokens.therapist(clinic);
    final Tokens.Who pat = Tokens.patient(clinic);

    @BeforeEach
    @AfterEach
    void restoreCatalog() {
        CatalogWireMock.standardStubs(catalog);
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Map<String, Object> onlyChildsPose() {
        Map<String, Object> body = Api.programBody();
        body.put("items", List.of(Map.of("exercise", "childs-pose")));
        return body;
    }

    @Test
    void aFailingReadIsRetriedSoAOneOffBlipGoesUnnoticed() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        catalog.stubFor(get(urlEqualTo("/api/exercises/childs-pose")).atPriority(0).inScenario("blip")
                .whenScenarioStateIs(STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        catalog.stubFor(get(urlEqualTo("/api/exercises/childs-pose")).atPriority(0).inScenario("blip")
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(CatalogContract.CHILDS_POSE)));
        catalog.resetRequests();

        Api.createProgram(tara, patient, onlyChildsPose()).then().statusCode(201)
                .body("items.snapshot.name", contains("Child's Pose"));
        catalog.verify(2, getRequestedFor(urlEqualTo("/api/exercises/childs-pose")));
    }

    @Test
    void aHungCatalogTimesOutInto503() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        // Far longer than the client's read timeout; without one the program would be created, slowly.
        catalog.stubFor(get(urlEqualTo("/api/exercises/childs-pose")).atPriority(0).willReturn(aResponse()
                .withFixedDelay(4000).withHeader("Content-Type", "application/json")
                .withBody(CatalogContract.CHILDS_POSE)));

        Api.createProgram(tara, patient, onlyChildsPose()).then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", is("The exercise catalog is unavailable; try again shortly"));
    }

    @Test
    void aCatalogThatKeepsFailingIsLeftAloneOnceTheBreakerOpens() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        catalog.stubFor(get(urlMatching("/api/.*")).atPriority(0).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 5; i++) {
            Api.createProgram(tara, patient, onlyChildsPose()).then().statusCode(503);
        }
        catalog.resetRequests();

        Api.createProgram(tara, patient, onlyChildsPose()).then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", is("The exercise catalog is unavailable; try again shortly"));
        assertEquals(0, catalog.findAll(getRequestedFor(urlMatching("/api/.*"))).size(),
                "an open breaker answers without calling the catalog");
    }

    @Test
    void unknownExercisesAreAnswersAndNeverTripTheBreaker() {
        String patient = Api.createPatient(tara, pat, "Europe/Berlin");
        Map<String, Object> unknown = Api.programBody();
        unknown.put("items", List.of(Map.of("exercise", "no-such-thing")));
        for (int i = 0; i < 12; i++) {
            Api.createProgram(tara, patient, unknown).then().statusCode(400)
                    .body("errors[0].field", is("items[0].exercise"));
        }
        Api.createProgram(tara, patient, onlyChildsPose()).then().statusCode(201);
    }
}
