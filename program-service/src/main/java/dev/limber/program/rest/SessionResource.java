package dev.limber.program.rest;

import dev.limber.program.service.SessionService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sessions a patient logs against their own active program. */
@Path("/api/programs/{id}/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SessionService service;
    private final CurrentCaller caller;

    public SessionResource(SessionService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Log a session (patient, own program). Idempotency-Key required: a repeat returns the "
            + "original response, the same key with another body gets 422")
    public Response log(@PathParam("id") UUID programId, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull SessionInput body, UriInfo uri) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "header is required: a unique value per session, "
                    + "reused only when retrying the same request");
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be at most 200 characters");
        }
        SessionService.Outcome outcome = service.log(caller.get(), programId, key, body);
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.sessionId().toString()).build())
                .type(MediaType.APPLICATION_JSON).entity(outcome.body())
                .header("Idempotent-Replayed", outcome.replayed()).build();
    }

    @GET
    @Operation(summary = "Sessions logged against a program, newest first")
    public List<SessionView> list(@PathParam("id") UUID programId) {
        return service.list(caller.get(), programId);
    }
}
