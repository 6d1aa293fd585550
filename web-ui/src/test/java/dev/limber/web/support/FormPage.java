package dev.limber.web.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page with forms as a browser got it: its HTML and the CSRF cookie the browser keeps and sends back with
 * a form, whose hidden {@code csrf-token} field must match it (double-submit cookie).
 */
public record FormPage(String html, String csrfCookie) {

    public static final String CSRF_COOKIE = "limber-csrf";
    public static final String CSRF_FIELD = "csrf-token";
    public static final String FLASH_COOKIE = "limber-flash";

    /** GETs the page (it must answer 200) and keeps what its forms need. */
    public static FormPage open(String path) {
        Response page = given().get(path);
        page.then().statusCode(200);
        String cookie = page.getCookie(CSRF_COOKIE);
        assertNotNull(cookie, "the form page sets the " + CSRF_COOKIE + " cookie");
        return new FormPage(page.asString(), cookie);
    }

    public String hidden(String name) {
        return Html.hidden(html, name);
    }

    /** The form posting to {@code action}, filled in as the page shows it. */
    public Form form(String action) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : Html.fields(Html.form(html, action))) {
            fields.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f.getValue());
        }
        assertTrue(fields.containsKey(CSRF_FIELD), "the form to " + action + " carries the CSRF token");
        return new Form(action, fields, csrfCookie);
    }

    /** A form as the user changes it before sending: field name to its values, in page order. */
    public static final class Form {

        private final String action;
        private final Map<String, List<String>> fields;
        private String cookie;

        Form(String action, Map<String, List<String>> fields, String cookie) {
            this.action = action;
            this.fields = fields;
            this.cookie = cookie;
        }

        /** Types {@code value} into the (only) field {@code name}, or ticks/chooses it. */
        public Form set(String name, String value) {
            fields.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        /** Sets the {@code index}-th field named {@code name} (rows send parallel lists). */
        public Form set(String name, int index, String value) {
            List<String> values = fields.get(name);
            assertNotNull(values, "the form has a field " + name);
            values.set(index, value);
            return this;
        }

        /** Ticks one more box, or presses a button (its name and value are sent). */
        public Form add(String name, String value) {
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** Unticks every box of {@code name} or leaves the field out. */
        public Form clear(String name) {
            fields.remove(name);
            return this;
        }

        public List<String> values(String name) {
            return fields.getOrDefault(name, List.of());
        }

        /** The form as sent by a page of another site: no token (the browser may still send the cookie). */
        public Form withoutToken() {
            return clear(CSRF_FIELD);
        }

        /** A token that is not the one for this browser's cookie. */
        public Form withWrongToken() {
            String token = fields.get(CSRF_FIELD).get(0);
            return set(CSRF_FIELD, new StringBuilder(token).reverse().toString());
        }

        /** Leaves out the CSRF cookie too (a first visit, or a browser that does not send it cross-site). */
        public Form withoutCookie() {
            cookie = null;
            return this;
        }

        /** Sends the form as the browser does; redirects are not followed. */
        public Response post() {
            return postTo(action);
        }

        /** Sends the form to another address (a hand-made request, e.g. naming another clinic's record). */
        public Response postTo(String path) {
            RequestSpecification request = given().redirects().follow(false);
            if (cookie != null) {
                request.cookie(CSRF_COOKIE, cookie);
            }
            fields.forEach((name, values) -> request.formParam(name, values));
            return request.post(path);
        }
    }

    /**
     * Follows a Post/Redirect/Get: {@code redirect} set the flash cookie; the page at {@code path} shows
     * {@code message} once and clears the cookie, and the next visit does not show it.
     */
    public static void flashShownOnce(Response redirect, String path, String message) {
        String flash = redirect.getCookie(FLASH_COOKIE);
        assertNotNull(flash, "the redirect sets the " + FLASH_COOKIE + " cookie");
        Response shown = given().cookie(FLASH_COOKIE, flash).get(path);
        shown.then().statusCode(200).body(containsString(message)).body(containsString("role=\"status\""));
        Cookie cleared = shown.detailedCookie(FLASH_COOKIE);
        assertNotNull(cleared, "showing the message clears the cookie");
        assertEquals(0, cleared.getMaxAge(), "cleared at once");
        given().get(path).then().statusCode(200).body(not(containsString(message)));
    }
}
