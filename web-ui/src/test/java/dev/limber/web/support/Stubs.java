package dev.limber.web.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.ArrayList;
import java.util.List;

/** Answers of the backend stand-ins, as catalog-service and program-service give them. */
public final class Stubs {

    private Stubs() {
    }

    /** GET {@code path} answers 200 with {@code json}. */
    public static void json(String path, String json) {
        json(get(urlPathEqualTo(path)), 200, json);
    }

    public static void json(MappingBuilder request, int status, String json) {
        Backends.server().stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    /** GET {@code path} answers with a bare status (404 for another clinic's record, 503 when failing). */
    public static void status(String path, int status) {
        status(get(urlPathEqualTo(path)), status);
    }

    public static void status(MappingBuilder request, int status) {
        Backends.server().stubFor(request.willReturn(aResponse().withStatus(status)));
    }

    /** The backend drops the connection on GET {@code path}, as when it is not running. */
    public static void unreachable(String path) {
        unreachable(get(urlPathEqualTo(path)));
    }

    public static void unreachable(MappingBuilder request) {
        Backends.server().stubFor(request.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /**
     * The request is refused with a problem document; {@code fieldsAndMessages} are pairs of a field path
     * (as the backend names it, e.g. {@code items[0].dosage.holdSeconds}) and its message.
     */
    public static void problem(MappingBuilder request, int status, String title, String detail,
            String... fieldsAndMessages) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i + 1 < fieldsAndMessages.length; i += 2) {
            errors.add("{\"field\":\"%s\",\"message\":\"%s\"}".formatted(fieldsAndMessages[i], fieldsAndMessages[i + 1]));
        }
        String body = "{\"title\":\"%s\",\"status\":%d%s%s}".formatted(title, status,
                detail == null ? "" : ",\"detail\":\"" + detail + "\"",
                errors.isEmpty() ? "" : ",\"errors\":[" + String.join(",", errors) + "]");
        Backends.server().stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(body)));
    }

    /** Nothing was sent to change anything: no POST and no PUT reached either backend. */
    public static void verifyNoChangeSent() {
        Backends.server().verify(0, postRequestedFor(anyUrl()));
        Backends.server().verify(0, putRequestedFor(anyUrl()));
    }
}
