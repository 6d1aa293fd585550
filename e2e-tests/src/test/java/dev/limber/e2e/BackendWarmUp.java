package dev.limber.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few signed-in API calls to each backend before the first scenario. A freshly started JVM answers its first
 * requests slowly (JIT, first queries, first token check against Keycloak); on a busy two-core machine that
 * exceeded the portal's 2 s timeout to program-service, so the first scenario saw an error page that no user
 * of a running clinic would see. Only timing is at stake here: failures are printed, and left to the scenarios.
 */
final class BackendWarmUp {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> CALLS = List.of("http://localhost:8082/api/caseload",
            "http://localhost:8082/api/flags", "http://localhost:8081/api/exercises");
    private static final int ROUNDS = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void run() throws InterruptedException {
        try {
            String token = token(DemoUser.TARA);
            for (String url : CALLS) {
                long slowest = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    long begin = System.nanoTime();
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    slowest = Math.max(slowest, (System.nanoTime() - begin) / 1_000_000);
                    if (response.statusCode() != 200) {
                        System.err.println("Warm-up: " + url + " answered " + response.statusCode());
                        break;
                    }
                }
                System.out.println("Warm-up: " + url + " slowest of " + ROUNDS + " calls " + slowest + " ms");
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Warm-up failed (the scenarios will tell whether it matters): " + e);
        }
    }

    /** An access token from the demo realm's public limber-cli client (password grant, demo only; README). */
    private String token(DemoUser user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=limber-cli&username=" + encode(user.username())
                + "&password=" + encode(user.password());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(LimberStack.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + user.username() + ": HTTP " + response.statusCode());
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
