package dev.limber.program.rest;

import dev.limber.program.service.PatientService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** Patients of the caller's clinic; a patient reads only their own record. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientResource {

    private final PatientService service;
    private final CurrentCaller caller;

    public PatientResource(PatientService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("patients")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Register a patient in your clinic (assigned to you unless a clinic admin names a therapist)")
    public Response create(@Valid @NotNull PatientInput body, UriInfo uri) {
        PatientView created = PatientView.of(service.create(caller.get(), new PatientService.PatientDraft(
                blankToNull(body.subject()), body.displayName(), body.birthYear(), body.conditionSummary(),
                body.painOnset(), body.baselinePain(), body.timeZone(), blankToNull(body.therapist()))));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("patients")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Every patient of your clinic")
    public List<PatientView> list() {
        return service.list(caller.get()).stream().map(PatientView::of).toList();
    }

    @GET
    @Path("patients/{id}")
    @Operation(summary = "A patient of your clinic, or your own record; 404 for anyone else's")
    public PatientView get(@PathParam("id") UUID id) {
        return PatientView.of(service.get(caller.get(), id));
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Your own patient record")
    public PatientView me() {
        return PatientView.of(service.me(caller.get()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
