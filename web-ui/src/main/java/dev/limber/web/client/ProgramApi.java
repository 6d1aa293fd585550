package dev.limber.web.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** program-service, called with the signed-in user's access token. Used only through {@link ProgramClient}. */
@RegisterRestClient(configKey = "program")
@AccessToken
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
interface ProgramApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("caseload")
    List<ProgramRecords.CaseloadEntry> caseload();

    @GET
    @Path("me")
    ProgramRecords.Patient me();

    @GET
    @Path("patients/{id}")
    ProgramRecords.PatientDetail patient(@PathParam("id") UUID patientId);

    @GET
    @Path("patients/{id}/programs")
    List<ProgramRecords.Program> programs(@PathParam("id") UUID patientId);

    @POST
    @Path("patients/{id}/programs")
    ProgramRecords.Program createProgram(@PathParam("id") UUID patientId, ProgramRecords.ProgramInput input);

    @GET
    @Path("programs/{id}")
    ProgramRecords.Program program(@PathParam("id") UUID programId);

    @PUT
    @Path("programs/{id}")
    ProgramRecords.Program updateProgram(@PathParam("id") UUID programId, ProgramRecords.ProgramInput input);

    @POST
    @Path("programs/{id}/{transition}")
    ProgramRecords.Program transition(@PathParam("id") UUID programId, @PathParam("transition") String transition);

    @GET
    @Path("patients/{id}/adherence")
    ProgramRecords.Adherence adherence(@PathParam("id") UUID patientId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);

    @GET
    @Path("programs/{id}/sessions")
    List<ProgramRecords.Session> sessions(@PathParam("id") UUID programId);

    @POST
    @Path("programs/{id}/sessions")
    ProgramRecords.Session logSession(@PathParam("id") UUID programId, @HeaderParam(IDEMPOTENCY_KEY) String key,
            ProgramRecords.SessionInput input);

    @GET
    @Path("patients/{id}/symptom-reports")
    List<ProgramRecords.Report> reports(@PathParam("id") UUID patientId);

    @POST
    @Path("patients/{id}/symptom-reports")
    ProgramRecords.Triage report(@PathParam("id") UUID patientId, @HeaderParam(IDEMPOTENCY_KEY) String key,
            ProgramRecords.SymptomInput input);

    @GET
    @Path("patients/{id}/symptom-reports/{report}/triage")
    ProgramRecords.Triage triage(@PathParam("id") UUID patientId, @PathParam("report") UUID reportId);

    @GET
    @Path("flags")
    List<ProgramRecords.Flag> flags(@QueryParam("status") String status, @QueryParam("patient") UUID patientId);

    @GET
    @Path("flags/{id}")
    ProgramRecords.Flag flag(@PathParam("id") UUID flagId);

    @POST
    @Path("flags/{id}/acknowledge")
    ProgramRecords.Flag acknowledge(@PathParam("id") UUID flagId);

    @POST
    @Path("flags/{id}/resolve")
    ProgramRecords.Flag resolve(@PathParam("id") UUID flagId, ProgramRecords.Resolution resolution);
}
