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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A patient logs a session: what they did (each side of per-side exercises), pain before, during and after,
 * how hard it felt. The form carries an idempotency key made when it was shown, so sending it twice (a
 * double tap, a reload, a retry after a timeout) logs one session.
 */
@Path("/me/log")
@RolesAllowed(Pages.PATIENT)
@Produces(MediaType.TEXT_HTML)
public class SessionLogResource {

    /** Pain scale choices, 0-10, with the words at both ends. */
    public static final List<String> PAIN = List.of("0 - no pain", "1", "2", "3", "4", "5", "6", "7", "8", "9",
            "10 - worst pain imaginable");

    /** The log form as submitted; {@code done} holds "itemId" or "itemId:LEFT"/"itemId:RIGHT" per ticked box. */
    public static class LogForm {
        @RestForm
        public String key;
        @RestForm
        public String date;
        @RestForm
        public String time;
        @RestForm
        public List<String> done = new ArrayList<>();
        @RestForm
        public String painBefore;
        @RestForm
        public String painAfter;
        @RestForm
        public String painDuring;
        @RestForm
        public String difficulty;
        @RestForm
        public String note;

        public boolean tickedItem(UUID item) {
            return done.contains(item.toString());
        }

        public boolean tickedSide(UUID item, String side) {
            return done.contains(item + ":" + side);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(ProgramRecords.Program program, LogForm form, FormErrors errors,
                LocalDate today, List<String> pain, String unavailable);
    }

    private final ProgramClient programs;
    private final Flash flash;

    public SessionLogResource(ProgramClient programs, Flash flash) {
        this.programs = programs;
        this.flash = flash;
    }

    @GET
    public TemplateInstance form() {
        try {
            Optional<ProgramRecords.Patient> me = programs.me();
            if (me.isEmpty()) {
                return Templates.log(null, new LogForm(), FormErrors.none(), LocalDate.now(), PAIN, null);
            }
            ZoneId zone = ZoneId.of(me.get().timeZone());
            LogForm form = new LogForm();
            form.key = UUID.randomUUID().toString();
            form.date = LocalDate.now(zone).toString();
            form.time = LocalTime.now(zone).truncatedTo(ChronoUnit.MINUTES).toString();
            return Templates.log(PatientResource.current(programs.programs(me.get().id())), form, FormErrors.none(),
                    LocalDate.now(zone), PAIN, null);
        } catch (BackendUnavailableException e) {
            return Templates.log(null, new LogForm(), FormErrors.none(), LocalDate.now(), PAIN, e.backend());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object log(@BeanParam LogForm form) {
        ProgramRecords.Patient me = programs.me().orElseThrow(jakarta.ws.rs.NotFoundException::new);
        ZoneId zone = ZoneId.of(me.timeZone());
        ProgramRecords.Program program = PatientResource.current(programs.programs(me.id()));
        if (program == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        FormErrors errors = FormErrors.none();
        LocalDate today = LocalDate.now(zone);
        LocalDate day = errors.date("date", form.date, true, "the day you did it");
        if (day != null && day.isAfter(today)) {
            errors.add("date", "The day cannot be in the future.");
        } else if (day != null && day.isBefore(today.minusDays(7))) {
            errors.add("date", "You can log sessions from the last 7 days.");
        }
        LocalTime at = null;
        try {
            at = form.time == null || form.time.isBlank() ? LocalTime.NOON : LocalTime.parse(form.time.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add("time", "The time must look like 07:30.");
        }
        if (day != null && at != null && day.equals(today) && at.isAfter(LocalTime.now(zone).plusMinutes(5))) {
            errors.add("time", "The time cannot be in the future.");
        }
        Integer before = errors.number("painBefore", form.painBefore, 0, 10, true, "your pain before");
        Integer after = errors.number("painAfter", form.painAfter, 0, 10, true, "your pain after");
        Integer during = errors.number("painDuring", form.painDuring, 0, 10, true,
                "your worst pain during the exercises");
        if (form.difficulty == null || !List.of("EASY", "RIGHT", "HARD").contains(form.difficulty)) {
            errors.add("difficulty", "Choose how hard it felt.");
        }
        String note = errors.text("note", form.note, 1000, false, "your note");
        if (form.key == null || !form.key.matches("[0-9a-f-]{36}")) {
            errors.add("", "This form is out of date. Please fill it in again.");
            form.key = UUID.randomUUID().toString();
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.log(program, form, errors, today, PAIN, null)).build();
        }
        List<ProgramRecords.SessionItemInput> items = program.doable().stream().map(item -> {
            boolean perSide = Boolean.TRUE.equals(item.dosage().perSide());
            if (!perSide) {
                return new ProgramRecords.SessionItemInput(item.id(), form.tickedItem(item.id()), null);
            }
            boolean left = form.tickedSide(item.id(), "LEFT");
            boolean right = form.tickedSide(item.id(), "RIGHT");
            String side = left && right ? "BOTH" : left ? "LEFT" : right ? "RIGHT" : null;
            return new ProgramRecords.SessionItemInput(item.id(), side != null, side);
        }).toList();
        try {
            programs.logSession(program.id(), form.key, new ProgramRecords.SessionInput(day.atTime(at).toString(),
                    items, before, after, during, form.difficulty, note));
        } catch (RejectedException e) {
            errors.add(e.problem(), field -> switch (field) {
                case "painBefore", "painAfter", "painDuring", "difficulty", "note" -> field;
                case "performedAt" -> "date";
                default -> null;
            });
            return Response.status(e.status()).entity(Templates.log(program, form, errors, today, PAIN, null)).build();
        } catch (BackendUnavailableException e) {
            return Response.status(503).entity(Templates.log(program, form, errors, today, PAIN, e.backend())).build();
        }
        return Response.seeOther(URI.create("/me/check-in")).cookie(flash.set(Flash.Message.SESSION_SAVED_CHECK_IN))
                .build();
    }
}
