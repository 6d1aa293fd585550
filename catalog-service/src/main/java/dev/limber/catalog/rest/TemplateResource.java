package dev.limber.catalog.rest;

import dev.limber.catalog.config.CatalogConfig;
import dev.limber.catalog.domain.ExerciseVersion;
import dev.limber.catalog.domain.RoutineTemplate;
import dev.limber.catalog.domain.TemplateItem;
import dev.limber.catalog.service.ExerciseService;
import dev.limber.catalog.service.RoutineDuration;
import dev.limber.catalog.service.TemplateService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routine templates: ordered exercises with dosage and the time one run takes. */
@Path("/api/templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class TemplateResource {

    private final TemplateService service;
    private final ExerciseService exercises;
    private final RoutineDuration duration;
    private final SecurityIdentity identity;

    public TemplateResource(TemplateService service, ExerciseService exercises, CatalogConfig config,
            SecurityIdentity identity) {
        this.service = service;
        this.exercises = exercises;
        this.duration = RoutineDuration.of(config.duration());
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every template, built-in ones first")
    public List<TemplateSummary> list() {
        return service.list().stream().map(t -> CatalogMapping.summary(t, duration)).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A template with its items and totalSeconds")
    public TemplateView get(@PathParam("slug") String slug) {
        return view(service.get(slug));
    }

    @POST
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Create a template")
    public Response create(@Valid @NotNull TemplateInput body, UriInfo uri) {
        TemplateView created = view(service.create(body.slug(), body.name().strip(), body.description(),
                drafts(body), user()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Edit a template; 409 if the edited version is stale or the template is built in")
    public TemplateView update(@PathParam("slug") String slug,
            @Valid @ConvertGroup(from = Default.class, to = ExerciseInput.OnUpdate.class) @NotNull TemplateInput body) {
        if (body.slug() != null && !body.slug().equals(slug)) {
            throw ProblemException.invalid("slug", "cannot be changed; it identifies the template");
        }
        return view(service.update(slug, body.version(), body.name().strip(), body.description(), drafts(body), user()));
    }

    @POST
    @Path("{slug}/copy")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Copy a template (built-in ones included) into a new, editable one")
    public Response copy(@PathParam("slug") String slug, @Valid @NotNull TemplateCopyInput body, UriInfo uri) {
        TemplateView created = view(service.copy(slug, body.slug(), body.name().strip(), user()));
        return Response.created(uri.getBaseUriBuilder().path("api/templates").path(created.slug()).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({Roles.THERAPIST, Roles.CLINIC_ADMIN})
    @Operation(summary = "Delete a template you made (programs keep their own copy of what they prescribed)")
    public Response delete(@PathParam("slug") String slug) {
        service.delete(slug);
        return Response.noContent().build();
    }

    private TemplateView view(RoutineTemplate template) {
        Map<String, ExerciseVersion> current = exercises.currentBySlug(
                template.items.stream().map((TemplateItem i) -> i.exercise).distinct().toList());
        return CatalogMapping.view(template, current, duration);
    }

    private static List<TemplateService.ItemDraft> drafts(TemplateInput body) {
        return body.items().stream()
                .map(i -> new TemplateService.ItemDraft(i.exercise(), CatalogMapping.dosage(i.dosage()), i.note()))
                .toList();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
