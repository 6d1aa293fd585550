package dev.limber.program.support;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real bearer tokens, signed with the key whose public half OidcWiremockTestResource serves as the JWKS of the
 * test realm; the service verifies them exactly as it verifies Keycloak's (signature, issuer, audience, expiry).
 */
public final class Tokens {

    private Tokens() {
    }

    public static String token(String subject, String clinic, String... roles) {
        return Jwt.issuer("https://server.example.com")
                .subject(subject)
                .audience("program-service")
                .claim("preferred_username", subject)
                .claim("clinic_id", clinic)
                .claim("email", subject + "@clinic.example")
                .claim("name", "Test " + subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** An identity: its subject and clinic, and the bearer token that proves them. */
    public record Who(String subject, String clinic, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    public static Who therapist(String clinic) {
        String sub = "therapist-" + UUID.randomUUID();
        return new Who(sub, clinic, token(sub, clinic, "therapist"));
    }

    public static Who admin(String clinic) {
        String sub = "admin-" + UUID.randomUUID();
        return new Who(sub, clinic, token(sub, clinic, "clinic-admin"));
    }

    public static Who patient(String clinic) {
        String sub = "patient-" + UUID.randomUUID();
        return new Who(sub, clinic, token(sub, clinic, "patient"));
    }

    public static String clinic() {
        return "clinic-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
