package dev.limber.program.rest;

import dev.limber.program.domain.Dosage;
import dev.limber.program.domain.Program;
import dev.limber.program.service.Caller;
import dev.limber.program.service.ItemDraft;
import dev.limber.program.service.ItemRequest;
import dev.limber.program.service.ItemResolver;
import dev.limber.program.service.PatientService;
import dev.limber.program.service.ProgramService;
import dev.limber.program.service.ScheduleDraft;
import dev.limber.program.service.ScheduledDays;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Programs: prescribe, edit (revisions), activate, pause, complete. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class ProgramResource {

    private final ProgramService service;
    private final PatientService patients;
    private final ItemResolver resolver;
    private final CurrentCaller caller;

    public ProgramResource(ProgramService service, PatientService patients, ItemResolver resolver,
            CurrentCaller caller) {
        this.service = service;
        this.patients = patients;
        this.resolver = resolver;
        this.caller = caller;
    }

    @POST
    @Path("patients/{id}/programs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Prescribe a program (draft) from catalog exercises and/or a template; 503 if the catalog is down")
    public Response create(@PathParam("id") UUID patientId, @Valid @NotNull ProgramInput body, UriInfo uri) {
        Caller c = caller.get();
        patients.get(c, patientId);
        ScheduleDraft schedule = schedule(body);
        List<ItemDraft> items = resolver.resolve(body.template(), requests(body), List.of());
        Program created = service.create(c, patientId, body.title(), schedule, items);
        return Response.created(uri.getBaseUriBuilder().path("api/programs").path(created.id.toString()).build())
                .entity(view(created)).build();
    }

    @GET
    @Path("patients/{id}/programs")
    @Operation(summary = "A patient's programs, newest first")
    public List<ProgramView> list(@PathParam("id") UUID patientId) {
        return service.forPatient(caller.get(), patientId).stream().map(this::view).toList();
    }

    @GET
    @Path("programs/{id}")
    @Operation(summary = "A program at its current revision, with each item's snapshot (renders with the catalog down)")
    public ProgramView get(@PathParam("id") UUID id) {
        return view(service.get(caller.get(), id));
    }

    @PUT
    @Path("programs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Edit a program; a draft changes in place, an active or paused one gets revision n+1. "
            + "409 when the named revision is stale")
    public ProgramView update(@PathParam("id") UUID id,
            @Valid @ConvertGroup(from = Default.class, to = ProgramInput.OnUpdate.class) @NotNull ProgramInput body) {
        Caller c = caller.get();
        Program current = service.get(c, id);
        ScheduleDraft schedule = schedule(body);
        List<ItemDraft> items = resolver.resolve(body.template(), requests(body), current.currentItems());
        return view(service.revise(c, id, body.revision(), body.version(), body.title(), schedule, items));
    }

    @GET
    @Path("programs/{id}/revisions")
    @Operation(summary = "The program's history: who changed what, and when")
    public List<RevisionView> revisions(@PathParam("id") UUID id) {
        return service.revisions(caller.get(), id).stream().map(RevisionView::of).toList();
    }

    @POST
    @Path("programs/{id}/activate")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Start (draft) or resume (paused) a program; 409 if the patient has another active one")
    public ProgramView activate(@PathParam("id") UUID id) {
        return view(service.activate(caller.get(), id));
    }

    @POST
    @Path("programs/{id}/pause")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Pause an active program; paused days never count as missed")
    public ProgramView pause(@PathParam("id") UUID id) {
        return view(service.pause(caller.get(), id));
    }

    @POST
    @Path("programs/{id}/complete")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Complete an active or paused program")
    public ProgramView complete(@PathParam("id") UUID id) {
        return view(service.complete(caller.get(), id));
    }

    private ProgramView view(Program p) {
        return ProgramView.of(p, service.pauses(p));
    }

    private static ScheduleDraft schedule(ProgramInput body) {
        ScheduleInput s = body.schedule();
        Set<DayOfWeek> days = s.weekdays() == null || s.weekdays().isEmpty() ? ScheduledDays.defaultFor(s.daysPerWeek())
                : s.weekdays();
        if (days.size() != s.daysPerWeek()) {
            throw ProblemException.invalid("schedule.weekdays", "must name exactly daysPerWeek days");
        }
        if (s.endDate() != null && s.endDate().isBefore(s.startDate())) {
            throw ProblemException.invalid("schedule.endDate", "must not be before startDate");
        }
        if (s.reviewDate() != null && s.reviewDate().isBefore(s.startDate())) {
            throw ProblemException.invalid("schedule.reviewDate", "must not be before startDate");
        }
        return new ScheduleDraft(s.sessionsPerDay(), s.daysPerWeek(), days, s.startDate(), s.reviewDate(),
                s.endDate());
    }

    private static List<ItemRequest> requests(ProgramInput body) {
        if (body.items() == null) {
            return List.of();
        }
        return body.items().stream().map(i -> new ItemRequest(i.exercise(), i.version(), override(i.dosage()), i.note()))
                .toList();
    }

    private static Dosage override(DosageInput d) {
        if (d == null) {
            return null;
        }
        return new Dosage(d.holdSeconds(), null, d.reps(), null, d.sets(), d.perSide(), d.breaths(), null, null, null,
                null);
    }
}
