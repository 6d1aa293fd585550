package dev.limber.catalog.rest;

import dev.limber.catalog.domain.Vocabulary.BodyRegion;
import dev.limber.catalog.domain.Vocabulary.Category;
import dev.limber.catalog.domain.Vocabulary.Contraindication;
import dev.limber.catalog.domain.Vocabulary.Equipment;
import dev.limber.catalog.domain.Vocabulary.Muscle;
import dev.limber.catalog.domain.Vocabulary.StartingPosition;
import dev.limber.catalog.repository.ExerciseSearchRepository.SearchPage;
import dev.limber.catalog.service.ExerciseSearchService;
import dev.limber.catalog.service.ExerciseService;
import dev.limber.catalog.service.SearchCriteria;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The exercise library: search, read any version, and (therapists) write new versions. */
@Path("/api/exercises")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises")
public class ExerciseResource {

    private final ExerciseService service;
    private final ExerciseSearchService search;
    private final SecurityIdentity identity;

    public ExerciseResource(ExerciseService service, ExerciseSearchService search, SecurityIdentity identity) {
        this.service = service;
        this.search = search;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Search current exercises", description = "Ranked, typo-tolerant full-text search over name, "
            + "aliases, purpose, steps and muscles, with filters; several values of one filter match any of them.")
    public PageView<ExerciseSummary> search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("region") List<@OneOf(BodyRegion.class) String> region,
            @QueryParam("muscle") List<@OneOf(Muscle.class) String> muscle,
            @QueryParam("category") @OneOf(Category.class) String category,
            @QueryParam("position") @OneOf(StartingPosition.class) String position,
            @QueryParam("equipment") List<@OneOf(Equipment.class) String> equipment,
            @QueryParam("excludeContraindication") List<@OneOf(Contraindication.class) String> excludeContraindication,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        SearchCriteria criteria = new SearchCriteria(q, region, muscle, category, position, equipment,
                excludeContraindication, page, size);
        SearchPage result = search.search(criteria);
        return new PageView<>(result.items().stream().map(CatalogMapping::summary).toList(), result.total(), page, size);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "The current version of an exercise")
    public ExerciseView get(@PathParam("slug") String slug) {
        return CatalogMapping.view(service.current(slug));
    }

    @GET
    @Path("{slug}/versions")
    @Operation(summary = "The version history of an exercise, newest first")
    public List<VersionSummary> history(@PathParam("slug") String slug) {
        return service.history(slug).stream().map(CatalogMapping::versionSummary).toList();
    }

    @GET
    @Path("{slug}/versions/{version}")
    @Operation(summary = "One version of an exercise, exactly as it was written")
    public ExerciseView version(@PathParam("slug") String slug, @PathParam("version") @Min(1) int version) {
        return CatalogMapping.view(service.version(slug, version));
    }

    @POST
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Add an exercise (version 1)")
    public Response create(@Valid @NotNull ExerciseInput body, UriInfo uri) {
        ExerciseView created = CatalogMapping.view(service.create(CatalogMapping.content(body), body.slug(), user()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Edit an exercise: writes the next version; 409 if the edited version is not current")
    public ExerciseView update(@PathParam("slug") String slug,
            @Valid @ConvertGroup(from = Default.class, to = ExerciseInput.OnUpdate.class) @NotNull ExerciseInput body) {
        if (body.slug() != null && !body.slug().equals(slug)) {
            throw ProblemException.invalid("slug", "cannot be changed; it identifies the exercise");
        }
        return CatalogMapping.view(service.update(slug, body.version(), CatalogMapping.content(body), user()));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Retire an exercise: hidden from search, every version still readable")
    public Response retire(@PathParam("slug") String slug) {
        service.retire(slug, user());
        return Response.noContent().build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
