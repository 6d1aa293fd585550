package dev.limber.web.rest;

import dev.limber.web.client.BackendUnavailableException;
import dev.limber.web.client.ProgramClient;
import dev.limber.web.client.ProgramRecords;
import dev.limber.web.client.RejectedException;
import dev.limber.web.form.Flash;
import dev.limber.web.form.FormErrors;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The symptom check-in (after a session, or any time): yes/no questions in plain words. program-service
 * triages the answers; the answer page shows at once what to do, and an emergency fills the screen.
 */
@Path("/me")
@RolesAllowed(Pages.PATIENT)
@Produces(MediaType.TEXT_HTML)
public class CheckInResource {

    /** One yes/no question: its form field (the program-service answer name) and the words the patient reads. */
    public record Question(String field, String text, String hint) {
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("newBladderOrBowelProblem", "Have you had new trouble controlling your bladder or bowel, or "
                    + "cannot pass urine?", null),
            new Question("legWeaknessWorsening", "Is one or both of your legs getting weaker?",
                    "For example, your foot catches or your knee gives way."),
            new Question("painBelowKnee", "Does pain spread down your leg below the knee?", null),
            new Question("feverOrUnwell", "Do you have a fever or feel generally unwell?", null),
            new Question("recentTrauma", "Have you had a fall, accident or injury since your pain started?", null),
            new Question("nightPainNotEasing", "Is your pain worse at night and does not ease when you change "
                    + "position?", null),
            new Question("unexplainedWeightLoss", "Have you lost weight without trying?", null),
            new Question("historyOfCancer", "Have you ever had cancer?", null));

    /** Where numbness or tingling can be, as program-service names it, and as the patient reads it. */
    public record Area(String value, String text) {
    }

    public static final List<Area> AREAS = List.of(
            new Area("SADDLE", "Between your legs or around your bottom (the area a saddle touches)"),
            new Area("ONE_LEG", "One leg"),
            new Area("BOTH_LEGS", "Both legs"),
            new Area("FEET", "Feet"));

    /** The check-in as submitted: "yes"/"no" per question, ticked numbness areas, pain now, free text. */
    public static class CheckInForm {
        @RestForm
        public String key;
        @RestForm
        public List<String> numbness = new ArrayList<>();
        @RestForm
        public String newBladderOrBowelProblem;
        @RestForm
        public String legWeaknessWorsening;
        @RestForm
        public String painBelowKnee;
        @RestForm
        public String feverOrUnwell;
        @RestForm
        public String recentTrauma;
        @RestForm
        public String nightPainNotEasing;
        @RestForm
        public String unexplainedWeightLoss;
        @RestForm
        public String historyOfCancer;
        @RestForm
        public String currentPain;
        @RestForm
        public String freeText;

        public String answer(String field) {
            return switch (field) {
                case "newBladderOrBowelProblem" -> newBladderOrBowelProblem;
                case "legWeaknessWorsening" -> legWeaknessWorsening;
                case "painBelowKnee" -> painBelowKnee;
                case "feverOrUnwell" -> feverOrUnwell;
                case "recentTrauma" -> recentTrauma;
                case "nightPainNotEasing" -> nightPainNotEasing;
                case "unexplainedWeightLoss" -> unexplainedWeightLoss;
                case "historyOfCancer" -> historyOfCancer;
                default -> null;
            };
        }

        boolean yes(String field) {
            return "yes".equals(answer(field));
        }

        public boolean numb(String area) {
            return numbness.contains(area);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkIn(CheckInForm form, FormErrors errors, List<Question> questions,
                List<Area> areas, List<String> pain, String unavailable);

        static native TemplateInstance answer(ProgramRecords.Triage triage);
    }

    private final ProgramClient programs;
    private final Flash flash;

    public CheckInResource(ProgramClient programs, Flash flash) {
        this.programs = programs;
        this.flash = flash;
    }

    @GET
    @Path("check-in")
    public TemplateInstance form() {
        CheckInForm form = new CheckInForm();
        form.key = UUID.randomUUID().toString();
        return Templates.checkIn(form, FormErrors.none(), QUESTIONS, AREAS, SessionLogResource.PAIN, null);
    }

    @POST
    @Path("check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object report(@BeanParam CheckInForm form) {
        FormErrors errors = FormErrors.none();
        List<String> numbness = form.numbness.stream().distinct().toList();
        if (!numbness.stream().allMatch(n -> AREAS.stream().anyMatch(a -> a.value().equals(n)))) {
            errors.add("numbness", "Choose from the listed areas.");
        }
        for (Question q : QUESTIONS) {
            String a = form.answer(q.field());
            if (!"yes".equals(a) && !"no".equals(a)) {
                errors.add(q.field(), "Answer yes or no.");
            }
        }
        Integer pain = errors.number("currentPain", form.currentPain, 0, 10, false, "your pain now");
        String text = errors.text("freeText", form.freeText, 2000, false, "what you want to tell");
        if (form.key == null || !form.key.matches("[0-9a-f-]{36}")) {
            form.key = UUID.randomUUID().toString();
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.checkIn(form, errors, QUESTIONS, AREAS,
                    SessionLogResource.PAIN, null)).build();
        }
        try {
            ProgramRecords.Patient me = programs.me().orElseThrow(NotFoundException::new);
            ProgramRecords.Triage triage = programs.report(me.id(), form.key, new ProgramRecords.SymptomInput(numbness,
                    form.yes("newBladderOrBowelProblem"), form.yes("feverOrUnwell"), form.yes("recentTrauma"),
                    form.yes("legWeaknessWorsening"), form.yes("painBelowKnee"), form.yes("nightPainNotEasing"),
                    form.yes("unexplainedWeightLoss"), form.yes("historyOfCancer"), pain, text));
            Response.ResponseBuilder redirect = Response.seeOther(URI.create("/me/reports/" + triage.reportId()));
            return triage.emergency() ? redirect.build() : redirect.cookie(flash.set(Flash.Message.REPORT_SENT)).build();
        } catch (RejectedException e) {
            errors.add(e.problem(), field -> QUESTIONS.stream().anyMatch(q -> q.field().equals(field))
                    || List.of("numbness", "currentPain", "freeText").contains(field) ? field : null);
            return Response.status(e.status()).entity(Templates.checkIn(form, errors, QUESTIONS, AREAS,
                    SessionLogResource.PAIN, null)).build();
        } catch (BackendUnavailableException e) {
            return Response.status(503).entity(Templates.checkIn(form, errors, QUESTIONS, AREAS,
                    SessionLogResource.PAIN, e.backend())).build();
        }
    }

    @GET
    @Path("reports/{id}")
    public TemplateInstance answer(@PathParam("id") UUID reportId) {
        ProgramRecords.Patient me = programs.me().orElseThrow(NotFoundException::new);
        return Templates.answer(programs.triage(me.id(), reportId).orElseThrow(NotFoundException::new));
    }
}
