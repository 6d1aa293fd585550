package dev.limber.program.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * catalog-service as WireMock, answering with the contract's JSON shapes (see CatalogContract). Tests reset
 * it with {@link #standardStubs(WireMockServer)} after changing stubs.
 */
public class CatalogWireMock implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        standardStubs(server);
        return Map.of("quarkus.rest-client.catalog.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectCatalog.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static void standardStubs(WireMockServer server) {
        server.resetAll();
        server.stubFor(get(urlMatching("/api/.*")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not found\",\"status\":404,\"detail\":\"No such exercise\"}")));
        json(server, "/api/exercises/runners-lunge", CatalogContract.RUNNERS_LUNGE_V2);
        json(server, "/api/exercises/runners-lunge/versions/1", CatalogContract.RUNNERS_LUNGE_V1);
        json(server, "/api/exercises/runners-lunge/versions/2", CatalogContract.RUNNERS_LUNGE_V2);
        json(server, "/api/exercises/childs-pose", CatalogContract.CHILDS_POSE);
        json(server, "/api/exercises/childs-pose/versions/1", CatalogContract.CHILDS_POSE);
        json(server, "/api/exercises/cat-cow-hip-circles/versions/1", CatalogContract.CAT_COW);
        json(server, "/api/exercises/old-stretch", CatalogContract.RETIRED);
        json(server, "/api/templates/two-step-release", CatalogContract.TEMPLATE);
    }

    static void json(WireMockServer server, String path, String body) {
        server.stubFor(get(urlEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }
}
