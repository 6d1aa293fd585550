package dev.limber.web.rest;

import dev.limber.web.client.BackendUnavailableException;
import dev.limber.web.client.CatalogClient;
import dev.limber.web.client.CatalogRecords;
import dev.limber.web.client.ProgramClient;
import dev.limber.web.client.ProgramRecords;
import dev.limber.web.client.RejectedException;
import dev.limber.web.form.Flash;
import dev.limber.web.form.FormErrors;
import dev.limber.web.form.ProgramForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The program builder: start a program (blank or from a catalog template), then add exercises found in the
 * catalog, reorder, adjust dosage and schedule, preview, and activate. Every change is one PUT naming the
 * revision and version the therapist saw, so a concurrent edit is refused (409) and shown, never overwritten.
 */
@Path("/therapist/programs")
@RolesAllowed({Pages.THERAPIST, Pages.CLINIC_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ProgramBuilderResource {

    static final String CONFLICT = "Someone changed this program (perhaps you, in another tab) since this page was "
            + "opened. Nothing was saved. Open the program again to see the latest version, then make your change.";

    /** The catalog search beside the builder; {@code page} is null until the therapist searches. */
    public record Search(String q, String region, String position, List<String> exclude,
            CatalogRecords.ExercisePage page, CatalogRecords.Vocabulary vocabulary) {

        public boolean excludes(String tag) {
            return exclude.contains(tag);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newProgram(ProgramRecords.PatientDetail patient,
                List<CatalogRecords.TemplateSummary> templates, NewProgram form, FormErrors errors,
                String unavailable);

        static native TemplateInstance builder(ProgramRecords.Program program, ProgramForm form, FormErrors errors,
                Search search, String unavailable);

        static native TemplateInstance preview(ProgramRecords.Program program);

        static native TemplateInstance handout(ProgramRecords.Program program, String patientName);
    }

    /** The first form: what the program is called, where it starts from, and how often. */
    public static class NewProgram {
        @RestForm
        public String title;
        @RestForm
        public String template;
        @RestForm
        public String sessionsPerDay;
        @RestForm
        public String daysPerWeek;
        @RestForm
        public String startDate;
        @RestForm
        public String reviewDate;
    }

    private final ProgramClient programs;
    private final CatalogClient catalog;
    private final Flash flash;

    public ProgramBuilderResource(ProgramClient programs, CatalogClient catalog, Flash flash) {
        this.programs = programs;
        this.catalog = catalog;
        this.flash = flash;
    }

    @GET
    @Path("new")
    public TemplateInstance newProgram(@QueryParam("patient") UUID patientId) {
        ProgramRecords.PatientDetail patient = patient(patientId);
        NewProgram form = new NewProgram();
        form.title = "Home exercises";
        form.sessionsPerDay = "1";
        form.daysPerWeek = "7";
        form.startDate = LocalDate.now(ZoneId.of(patient.timeZone())).toString();
        return newProgramPage(patient, form, FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createProgram(@QueryParam("patient") UUID patientId, @BeanParam NewProgram form) {
        ProgramRecords.PatientDetail patient = patient(patientId);
        FormErrors errors = FormErrors.none();
        String title = errors.text("title", form.title, 200, true, "a title");
        ProgramForm schedule = new ProgramForm();
        schedule.sessionsPerDay = form.sessionsPerDay;
        schedule.daysPerWeek = form.daysPerWeek;
        schedule.startDate = form.startDate;
        schedule.reviewDate = form.reviewDate;
        ProgramRecords.ScheduleInput scheduleInput = schedule.schedule(errors);
        String template = form.template == null || form.template.isBlank() ? null : form.template;
        if (template != null && !template.matches("[a-z0-9-]{1,80}")) {
            errors.add("template", "Choose a template from the list.");
        }
        if (!errors.any()) {
            try {
                ProgramRecords.Program created = programs.createProgram(patientId,
                        new ProgramRecords.ProgramInput(null, null, title, scheduleInput, template, List.of()));
                return Response.seeOther(URI.create("/therapist/programs/" + created.id()))
                        .cookie(flash.set(Flash.Message.PROGRAM_CREATED)).build();
            } catch (RejectedException e) {
                errors.add(e.problem(), f -> f.equals("template") ? "template" : ProgramForm.fieldFor(f));
            } catch (BackendUnavailableException e) {
                errors.add("", e.backend() + " is not available right now. Nothing was saved: try again in a minute.");
                return Response.status(503).entity(newProgramPage(patient, form, errors)).build();
            }
        }
        return Response.status(400).entity(newProgramPage(patient, form, errors)).build();
    }

    private TemplateInstance newProgramPage(ProgramRecords.PatientDetail patient, NewProgram form, FormErrors errors) {
        try {
            return Templates.newProgram(patient, catalog.templates(), form, errors, null);
        } catch (BackendUnavailableException e) {
            return Templates.newProgram(patient, List.of(), form, errors, e.backend());
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance builder(@PathParam("id") UUID id, @QueryParam("q") String q,
            @QueryParam("region") String region, @QueryParam("position") String position,
            @QueryParam("exclude") List<String> exclude) {
        ProgramRecords.Program program = program(id);
        return builderPage(program, ProgramForm.of(program), FormErrors.none(), q, region, position, exclude);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(@PathParam("id") UUID id, @BeanParam ProgramForm form) {
        ProgramRecords.Program program = program(id);
        if (!form.consistent()) {
            throw new jakarta.ws.rs.BadRequestException("The program's rows do not line up");
        }
        form.applyRowAction();
        FormErrors errors = FormErrors.none();
        String title = errors.text("title", form.title, 200, true, "a title");
        ProgramRecords.ScheduleInput schedule = form.schedule(errors);
        List<ProgramRecords.ItemInput> items = form.items(errors);
        if (items.size() > 50) {
            errors.add("", "A program can have at most 50 exercises.");
        }
        Integer revision = errors.number("revision", form.revision, 1, Integer.MAX_VALUE, true, "the revision");
        Long version = form.version == null || !form.version.matches("\\d{1,18}") ? null : Long.valueOf(form.version);
        if (!errors.any()) {
            try {
                programs.updateProgram(id, new ProgramRecords.ProgramInput(revision, version, title, schedule, null,
                        items));
                return Response.seeOther(URI.create("/therapist/programs/" + id))
                        .cookie(flash.set(Flash.Message.PROGRAM_SAVED)).build();
            } catch (RejectedException e) {
                if (e.conflict()) {
                    errors.add("", CONFLICT);
                } else {
                    errors.add(e.problem(), ProgramForm::fieldFor);
                }
                return Response.status(e.status()).entity(builderPage(program, form, errors, null, null, null, null))
                        .build();
            } catch (BackendUnavailableException e) {
                errors.add("", e.backend() + " is not available right now. Nothing was saved: try again in a minute.");
                return Response.status(503).entity(builderPage(program, form, errors, null, null, null, null)).build();
            }
        }
        return Response.status(400).entity(builderPage(program, form, errors, null, null, null, null)).build();
    }

    @POST
    @Path("{id}/{transition:activate|pause|complete}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object transition(@PathParam("id") UUID id, @PathParam("transition") String transition,
            @RestForm String version) {
        ProgramRecords.Program program = program(id);
        if (version != null && !version.equals(String.valueOf(program.version()))) {
            return Response.status(409).entity(builderPage(program, ProgramForm.of(program),
                    FormErrors.none().add("", CONFLICT), null, null, null, null)).build();
        }
        try {
            programs.transition(id, transition);
        } catch (RejectedException e) {
            FormErrors errors = FormErrors.none().add("", e.problem().detail() == null ? e.problem().title()
                    : e.problem().detail());
            return Response.status(e.status()).entity(builderPage(program, ProgramForm.of(program), errors, null,
                    null, null, null)).build();
        }
        Flash.Message message = switch (transition) {
            case "activate" -> Flash.Message.PROGRAM_ACTIVATED;
            case "pause" -> Flash.Message.PROGRAM_PAUSED;
            default -> Flash.Message.PROGRAM_COMPLETED;
        };
        return Response.seeOther(URI.create("/therapist/programs/" + id)).cookie(flash.set(message)).build();
    }

    @GET
    @Path("{id}/preview")
    public TemplateInstance preview(@PathParam("id") UUID id) {
        return Templates.preview(program(id));
    }

    @GET
    @Path("{id}/handout")
    public TemplateInstance handout(@PathParam("id") UUID id) {
        ProgramRecords.Program program = program(id);
        return Templates.handout(program, patient(program.patientId()).displayName());
    }

    private TemplateInstance builderPage(ProgramRecords.Program program, ProgramForm form, FormErrors errors, String q,
            String region, String position, List<String> exclude) {
        List<String> excluded = exclude == null ? List.of() : exclude;
        boolean searching = (q != null && !q.isBlank()) || (region != null && !region.isBlank())
                || (position != null && !position.isBlank()) || !excluded.isEmpty();
        try {
            CatalogRecords.Vocabulary vocabulary = catalog.vocabulary();
            CatalogRecords.ExercisePage page = searching
                    ? catalog.search(blank(q), region == null || region.isBlank() ? List.of() : List.of(region),
                            List.of(), blank(position), excluded, 0, 20)
                    : null;
            return Templates.builder(program, form, errors, new Search(q, region, position, excluded, page, vocabulary),
                    null);
        } catch (BackendUnavailableException e) {
            return Templates.builder(program, form, errors, new Search(q, region, position, excluded, null, null),
                    e.backend());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private ProgramRecords.Program program(UUID id) {
        return programs.program(id).orElseThrow(NotFoundException::new);
    }

    private ProgramRecords.PatientDetail patient(UUID id) {
        if (id == null) {
            throw new NotFoundException();
        }
        return programs.patient(id).orElseThrow(NotFoundException::new);
    }
}
