package dev.limber.web.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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

    @GET
    @Path("templates")
    List<CatalogRecords.TemplateSummary> templates();

    @GET
    @Path("vocabulary")
    CatalogRecords.Vocabulary vocabulary();
}
