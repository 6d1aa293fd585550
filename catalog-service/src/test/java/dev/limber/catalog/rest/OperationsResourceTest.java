package dev.limber.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What operators and API clients rely on: health with the database and metrics on the management port only,
 * the OpenAPI document on the API port.
 */
@QuarkusTest
class OperationsResourceTest {

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void readinessIncludesTheDatabase() {
        given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().port(managementPort).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void prometheusMetricsCountApiRequests() {
        given().get("/api/vocabulary").then().statusCode(200);
        given().port(managementPort).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/vocabulary\""));
    }

    @Test
    void healthAndMetricsAreNotOnTheApiPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void openApiDescribesTheContract() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/exercises/{slug}/versions/{version}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/templates/{slug}/copy"));
        given().port(managementPort).accept("application/json").get("/q/openapi").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pat", roles = "patient")
    void vocabularyListsEveryAllowedCode() {
        given().get("/api/vocabulary").then().statusCode(200)
                .body("regions", hasItem("lower-back"))
                .body("muscles", hasItem("piriformis"))
                .body("positions", hasItem("tabletop"))
                .body("contraindications", hasItem("radiating-leg-pain"));
    }
}
