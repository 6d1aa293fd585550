package dev.limber.program.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The stand-ins every @QuarkusTest shares (one application boot): an OIDC provider serving the JWKS that
 * {@link Tokens} signs with, and catalog-service, and a real SMTP server for alerts.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogWireMock.class)
@QuarkusTestResource(SmtpServer.class)
public final class TestResources {

    private TestResources() {
    }
}
