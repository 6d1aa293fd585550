package dev.limber.web.rest;

import dev.limber.web.client.BackendUnavailableException;
import dev.limber.web.client.RejectedException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure becomes a plain page, never a stack trace. Anything a user may not see is "not found",
 * like anything that does not exist, so pages cannot be probed.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    @ServerExceptionMapper({NotFoundException.class, ForbiddenException.class})
    public Response notFound(RuntimeException e) {
        return page(404, "Page not found", "There is no page here, or it is not yours to see.");
    }

    @ServerExceptionMapper
    public Response unavailable(BackendUnavailableException e) {
        return page(503, "Not available right now", e.backend() + " is not available right now. Please try again in a minute.");
    }

    @ServerExceptionMapper
    public Response rejected(RejectedException e) {
        if (e.status() == 404 || e.status() == 403) {
            return notFound(e);
        }
        return page(e.status(), "This could not be saved", e.getMessage() == null
                ? "Please go back, check what you entered and try again." : e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404 || status == 403) {
            return notFound(e);
        }
        if (status < 500) {
            return page(status, "Something was wrong with the request", "Please go back and try again.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return page(500, "Something went wrong",
                "Limber could not show this page. If it happens again, tell your clinic and quote " + incident + ".");
    }

    private static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(title, message)).build();
    }
}
