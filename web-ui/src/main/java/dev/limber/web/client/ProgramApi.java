package dev.limber.web.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** program-service, called with the signed-in user's access token. Used only through {@link ProgramClient}. */
@RegisterRestClient(configKey = "program")
@AccessToken
@Path("/api")
interface ProgramApi {

    @GET
    @Path("caseload")
    List<ProgramRecords.CaseloadEntry> caseload();

    @GET
    @Path("me")
    ProgramRecords.Patient me();

    @GET
    @Path("patients/{id}/programs")
    List<ProgramRecords.Program> programs(@PathParam("id") UUID patientId);
}
