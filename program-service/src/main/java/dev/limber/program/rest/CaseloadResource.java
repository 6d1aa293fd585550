package dev.limber.program.rest;

import dev.limber.program.service.CaseloadService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A therapist's patients at a glance, in one call. */
@Path("/api/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caseload")
public class CaseloadResource {

    private final CaseloadService service;
    private final CurrentCaller caller;

    public CaseloadResource(CaseloadService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Your patients (clinic admin: the clinic's) with 7-day adherence, last session, pain trend "
            + "and open flags")
    public List<CaseloadView> caseload() {
        return service.caseload(caller.get()).stream().map(CaseloadView::of).toList();
    }
}
