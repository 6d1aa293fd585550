package dev.limber.web.rest;

import dev.limber.web.client.BackendUnavailableException;
import dev.limber.web.client.CatalogClient;
import dev.limber.web.client.CatalogRecords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Browse and search the exercise library (clinicians). */
@Path("/catalog")
@RolesAllowed({Pages.THERAPIST, Pages.CLINIC_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CatalogResource {

    /** The search form as the user filled it, shown back to them. */
    public record Query(String q, String region, String muscle, String position, boolean safeForRadiatingLegPain) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Query query, CatalogRecords.ExercisePage results,
                CatalogRecords.Vocabulary vocabulary, String unavailable);

        static native TemplateInstance exercise(CatalogRecords.Exercise exercise);
    }

    static final String RADIATING_LEG_PAIN = "radiating-leg-pain";

    private final CatalogClient catalog;

    public CatalogResource(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("region") String region,
            @QueryParam("muscle") String muscle, @QueryParam("position") String position,
            @QueryParam("safe") @DefaultValue("false") boolean safe) {
        Query query = new Query(blankToNull(q), blankToNull(region), blankToNull(muscle), blankToNull(position), safe);
        try {
            CatalogRecords.Vocabulary vocabulary = catalog.vocabulary();
            CatalogRecords.ExercisePage results = catalog.search(query.q(), listOf(query.region()),
                    listOf(query.muscle()), query.position(), safe ? List.of(RADIATING_LEG_PAIN) : List.of(), 0, 50);
            return Templates.search(query, results, vocabulary, null);
        } catch (BackendUnavailableException e) {
            return Templates.search(query, null, null, e.backend());
        }
    }

    @GET
    @Path("{slug}")
    public TemplateInstance exercise(@PathParam("slug") String slug) {
        return Templates.exercise(catalog.exercise(slug).orElseThrow(NotFoundException::new));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
