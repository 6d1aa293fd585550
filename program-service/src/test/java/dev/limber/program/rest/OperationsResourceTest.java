package dev.limber.program.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
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
    void healthAndMetricsAreOnTheManagementPort() {
        given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().port(managementPort).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().port(managementPort).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthAndMetricsAreNotOnTheApiPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void openApiStaysOnTheApiPort() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/caseload"));
        given().port(managementPort).accept("application/json").get("/q/openapi").then().statusCode(404);
    }
}
