package dev.limber.program.rest;

import dev.limber.program.domain.Flag;
import dev.limber.program.repository.FlagRepository;
import dev.limber.program.service.FlagService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clinic's flag inbox: most urgent first; acknowledge, then resolve with an outcome. Every change is audited. */
@Path("/api/flags")
@RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Red flags")
public class FlagResource {

    /** How a clinician closes a flag; {@code version} (optional) guards against a concurrent change. */
    public record Resolution(@NotNull Flag.Outcome outcome, @Size(max = 2000) String note, Long version) {
    }

    private final FlagService service;
    private final CurrentCaller caller;

    public FlagResource(FlagService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The clinic's flags, EMERGENCY first, then URGENT, REVIEW, ADHERENCE; oldest first within each")
    public List<FlagView> inbox(
            @QueryParam("severity") @Pattern(regexp = "EMERGENCY|URGENT|REVIEW|ADHERENCE",
                    message = "must be EMERGENCY, URGENT, REVIEW or ADHERENCE") String severity,
            @QueryParam("status") Flag.Status status,
            @QueryParam("patient") UUID patient,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(500) int limit) {
        return service.inbox(caller.get(), new FlagRepository.Filter(severity, status, patient), limit).stream()
                .map(f -> FlagView.of(f, null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A flag with its audit trail")
    public FlagView get(@PathParam("id") UUID id) {
        Flag flag = service.get(caller.get(), id);
        return FlagView.of(flag, service.events(flag));
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge: a clinician has seen the flag (stops its escalation)")
    public FlagView acknowledge(@PathParam("id") UUID id) {
        Flag flag = service.acknowledge(caller.get(), id);
        return FlagView.of(flag, service.events(flag));
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve with an outcome and a note; PROGRAM_CONTINUED releases the items the flag held")
    public FlagView resolve(@PathParam("id") UUID id, @Valid @NotNull Resolution body) {
        Flag flag = service.resolve(caller.get(), id, body.outcome(), body.note(), body.version());
        return FlagView.of(flag, service.events(flag));
    }
}
