package dev.limber.web.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Where a signed-in user lands: therapists on their caseload, patients on today's exercises. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance noRole(String user);

        static native TemplateInstance signedOut();
    }

    private final SecurityIdentity identity;

    public HomeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Response home() {
        if (Pages.staff(identity)) {
            return Response.seeOther(URI.create("/therapist")).build();
        }
        if (Pages.patient(identity)) {
            return Response.seeOther(URI.create("/me")).build();
        }
        return Response.status(403).entity(Templates.noRole(identity.getPrincipal().getName())).build();
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
