package dev.limber.web.form;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One-time confirmations after Post/Redirect/Get: a POST names a {@link Message} in a short-lived cookie, the
 * next page shows its text once ({@code inject:flash.message} in the layout) and {@link FlashCleaner} clears it.
 * Only the message's name travels, so nothing a user typed is ever echoed from a cookie.
 */
@RequestScoped
@Named("flash")
public class Flash {

    public static final String COOKIE = "limber-flash";

    /** Every confirmation the portal gives. */
    public enum Message {
        PROGRAM_CREATED("Draft program created. Add exercises and adjust the dosage, then activate it."),
        PROGRAM_SAVED("Program saved."),
        PROGRAM_ACTIVATED("Program activated. Your patient sees it now."),
        PROGRAM_PAUSED("Program paused. Your patient is told not to exercise until you activate it again."),
        PROGRAM_COMPLETED("Program completed."),
        SESSION_SAVED("Session saved. Well done."),
        SESSION_SAVED_CHECK_IN("Session saved. Now the short check-in about how you feel."),
        REPORT_SENT("Thank you. Your therapist can see your answers."),
        FLAG_ACKNOWLEDGED("Flag acknowledged."),
        FLAG_RESOLVED("Flag resolved."),
        EXERCISE_SAVED("Exercise saved. Programs already prescribed keep the version they were given.");

        final String text;

        Message(String text) {
            this.text = text;
        }
    }

    private final HttpServerRequest request;
    private final boolean secure;

    public Flash(HttpServerRequest request, @ConfigProperty(name = "limber.portal.secure-cookies") boolean secure) {
        this.request = request;
        this.secure = secure;
    }

    /** The text to show on this page, or null. */
    public String message() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        try {
            return Message.valueOf(cookie.getValue()).text;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    boolean present() {
        return request.getCookie(COOKIE) != null;
    }

    /** The cookie a redirect sets to show {@code message} on the page it leads to. */
    public NewCookie set(Message message) {
        return cookie(message.name(), 60);
    }

    NewCookie clear() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
