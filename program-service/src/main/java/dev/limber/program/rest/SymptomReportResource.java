package dev.limber.program.rest;

import dev.limber.program.domain.SymptomReport;
import dev.limber.program.service.SymptomReportService;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Symptom check-ins: a patient reports, Limber triages and answers at once. */
@Path("/api/patients/{id}/symptom-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Red flags")
public class SymptomReportResource {

    /** A stored check-in as clinicians and the patient see it. */
    public record ReportView(UUID id, OffsetDateTime createdAt, String severity, Integer currentPain, String answers,
            String freeText) {
    }

    private final SymptomReportService service;
    private final CurrentCaller caller;

    public SymptomReportResource(SymptomReportService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Report symptoms (patient, own record). Answers with the triage in the same response: "
            + "severity, the message to show, actions taken. An optional Idempotency-Key makes a retry safe.")
    public Response report(@PathParam("id") UUID patientId,
            @HeaderParam(SessionResource.IDEMPOTENCY_KEY) String key, @Valid @NotNull SymptomReportInput body) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ProblemException.invalid(SessionResource.IDEMPOTENCY_KEY, "must be 1 to 200 characters");
        }
        SymptomReportService.Outcome outcome = service.report(caller.get(), patientId, key, body.answers(),
                body.freeText());
        return Response.status(outcome.replayed() ? 200 : 201).type(MediaType.APPLICATION_JSON)
                .entity(outcome.body()).header("Idempotent-Replayed", outcome.replayed()).build();
    }

    @GET
    @Operation(summary = "A patient's check-ins, newest first (the patient or their clinic's clinicians)")
    public List<ReportView> list(@PathParam("id") UUID patientId) {
        return service.list(caller.get(), patientId).stream().map(SymptomReportResource::view).toList();
    }

    @GET
    @Path("{reportId}/triage")
    @Operation(summary = "The answer a check-in was given at the time (severity, message, actions taken), so a page "
            + "can show it again after a redirect")
    public Response triage(@PathParam("id") UUID patientId, @PathParam("reportId") UUID reportId) {
        return Response.ok(service.triage(caller.get(), patientId, reportId), MediaType.APPLICATION_JSON).build();
    }

    private static ReportView view(SymptomReport r) {
        return new ReportView(r.id, r.createdAt, r.severity == null ? "NONE" : r.severity, r.currentPain, r.answers,
                r.freeText);
    }
}
