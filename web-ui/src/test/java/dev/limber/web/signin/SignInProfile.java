package dev.limber.web.signin;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The real sign-in configuration (authorization code flow with PKCE, roles from the access token) against
 * the OIDC test server, instead of the {@code @TestSecurity} identities the page tests use. The test server
 * signs every user in as "alice" with the roles admin and user; "admin" stands for a therapist here.
 */
public class SignInProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                "quarkus.oidc.client-id", "quarkus-web-app",
                "quarkus.oidc.credentials.secret", "secret",
                "quarkus.http.auth.roles-mapping.\"admin\"", "therapist");
    }
}
