package dev.limber.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's view of a form: GET the page, keep the CSRF cookie and the token of its hidden field, and
 * post the form back with both, as a browser would.
 */
public final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String cookie;
    private final String token;
    private final String html;

    private FormSession(String cookie, String token, String html) {
        this.cookie = cookie;
        this.token = token;
        this.html = html;
    }

    /** Opens {@code path} (which must answer 200 with a form). */
    public static FormSession open(String path) {
        Response page = given().get(path);
        page.then().statusCode(200);
        String html = page.asString();
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the form of " + path);
        }
        return new FormSession(page.getCookie("limber-csrf"), m.group(1), html);
    }

    public String html() {
        return html;
    }

    /** The value of the first hidden input named {@code name}. */
    public String hidden(String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden field " + name);
        }
        return m.group(1);
    }

    /** A form POST with the CSRF cookie and token. */
    public RequestSpecification post() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("limber-csrf", cookie).formParam("csrf-token", token);
    }

    /** A form POST with the cookie but no token, as a forged cross-site form would send it. */
    public RequestSpecification postWithoutToken() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("limber-csrf", cookie);
    }
}
