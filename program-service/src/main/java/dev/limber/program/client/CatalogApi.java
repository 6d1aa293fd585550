package dev.limber.program.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's read API, called with the caller's own bearer token. Only {@link CatalogClient} uses it. */
@RegisterRestClient(configKey = "catalog")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
interface CatalogApi {

    @GET
    @Path("exercises/{slug}")
    CatalogExercise currentExercise(@PathParam("slug") String slug);

    @GET
    @Path("exercises/{slug}/versions/{version}")
    CatalogExercise exerciseVersion(@PathParam("slug") String slug, @PathParam("version") int version);

    @GET
    @Path("templates/{slug}")
    CatalogTemplate template(@PathParam("slug") String slug);
}
