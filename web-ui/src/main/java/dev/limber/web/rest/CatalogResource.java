package dev.limber.web.rest;

import dev.limber.web.client.RejectedException;
import dev.limber.web.form.ExerciseForm;
import dev.limber.web.form.Flash;
import dev.limber.web.form.FormErrors;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.net.URI;

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

        static native TemplateInstance editor(CatalogRecords.Exercise editing, ExerciseForm form, FormErrors errors,
                CatalogRecords.Vocabulary vocabulary);
    }

    static final String RADIATING_LEG_PAIN = "radiating-leg-pain";

    private final CatalogClient catalog;
    private final Flash flash;

    public CatalogResource(CatalogClient catalog, Flash flash) {
        this.catalog = catalog;
        this.flash = flash;
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

    @GET
    @Path("new")
    public TemplateInstance newExercise() {
        ExerciseForm form = new ExerciseForm();
        form.perSide = "no";
        return Templates.editor(null, form, FormErrors.none(), catalog.vocabulary());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@BeanParam ExerciseForm form) {
        FormErrors errors = FormErrors.none();
        ExerciseForm.Input input = form.input(errors, null);
        if (input != null) {
            try {
                CatalogRecords.Exercise created = catalog.create(input);
                return Response.seeOther(URI.create("/catalog/" + created.slug()))
                        .cookie(flash.set(Flash.Message.EXERCISE_SAVED)).build();
            } catch (RejectedException e) {
                errors.add(e.problem(), ExerciseForm::fieldFor);
            }
        }
        return Response.status(400).entity(Templates.editor(null, form, errors, catalog.vocabulary())).build();
    }

    @GET
    @Path("{slug}/edit")
    public TemplateInstance edit(@PathParam("slug") String slug) {
        CatalogRecords.Exercise exercise = catalog.exercise(slug).orElseThrow(NotFoundException::new);
        return Templates.editor(exercise, ExerciseForm.of(exercise), FormErrors.none(), catalog.vocabulary());
    }

    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@PathParam("slug") String slug, @BeanParam ExerciseForm form) {
        CatalogRecords.Exercise exercise = catalog.exercise(slug).orElseThrow(NotFoundException::new);
        FormErrors errors = FormErrors.none();
        ExerciseForm.Input input = form.input(errors, exercise);
        int status = 400;
        if (input != null) {
            try {
                catalog.update(slug, input);
                return Response.seeOther(URI.create("/catalog/" + slug))
                        .cookie(flash.set(Flash.Message.EXERCISE_SAVED)).build();
            } catch (RejectedException e) {
                status = e.status();
                if (e.conflict()) {
                    errors.add("", "Someone saved a newer version of this exercise since you opened it. Nothing was "
                            + "saved. Open it again to see their change, then make yours.");
                } else {
                    errors.add(e.problem(), ExerciseForm::fieldFor);
                }
            }
        }
        return Response.status(status).entity(Templates.editor(exercise, form, errors, catalog.vocabulary())).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
