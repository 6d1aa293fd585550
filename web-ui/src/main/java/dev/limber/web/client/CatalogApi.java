package dev.limber.web.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service, called with the signed-in user's access token. Used only through {@link CatalogClient}. */
@RegisterRestClient(configKey = "catalog")
@AccessToken
@Path("/api")
interface CatalogApi {

    @GET
    @Path("exercises")
    CatalogRecords.ExercisePage search(@QueryParam("q") String q, @QueryParam("region") List<String> region,
            @QueryParam("muscle") List<String> muscle, @QueryParam("position") String position,
            @QueryParam("excludeContraindication") List<String> exclude, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("exercises/{slug}")
    CatalogRecords.Exercise exercise(@PathParam("slug") String slug);

    @POST
    @Path("exercises")
    @Consumes(MediaType.APPLICATION_JSON)
    CatalogRecords.Exercise create(dev.limber.web.form.ExerciseForm.Input input);

    @PUT
    @Path("exercises/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    CatalogRecords.Exercise update(@PathParam("slug") String slug, dev.limber.web.form.ExerciseForm.Input input);

    @GET
    @Path("templates")
    List<CatalogRecords.TemplateSummary> templates();

    @GET
    @Path("vocabulary")
    CatalogRecords.Vocabulary vocabulary();
}
