package dev.limber.web.rest;

import dev.limber.web.client.BackendUnavailableException;
import dev.limber.web.client.ProgramClient;
import dev.limber.web.client.ProgramRecords;
import dev.limber.web.view.Charts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A patient's own pages: today's exercises (with a hold timer), their progress, and a printable handout. */
@Path("/me")
@RolesAllowed(Pages.PATIENT)
@Produces(MediaType.TEXT_HTML)
public class PatientResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance today(ProgramRecords.Patient patient, ProgramRecords.Program program,
                ProgramRecords.Adherence todayDone, String unavailable);

        static native TemplateInstance history(ProgramRecords.Program program, ProgramRecords.Adherence adherence,
                Charts.BarChart adherenceChart, List<ProgramRecords.Session> sessions, Charts.LineChart painChart,
                String unavailable);

        static native TemplateInstance handout(ProgramRecords.Program program, String patientName);
    }

    private final ProgramClient programs;

    public PatientResource(ProgramClient programs) {
        this.programs = programs;
    }

    @GET
    public TemplateInstance today() {
        try {
            Optional<ProgramRecords.Patient> me = programs.me();
            if (me.isEmpty()) {
                return Templates.today(null, null, null, null);
            }
            ProgramRecords.Program program = current(programs.programs(me.get().id()));
            ProgramRecords.Adherence done = null;
            if (program != null && program.active()) {
                LocalDate today = LocalDate.now(ZoneId.of(me.get().timeZone()));
                done = todayDone(me.get().id(), today);
            }
            return Templates.today(me.get(), program, done, null);
        } catch (BackendUnavailableException e) {
            return Templates.today(null, null, null, e.backend());
        }
    }

    /** Sessions done today; the exercises still show if this one number cannot be had. */
    private ProgramRecords.Adherence todayDone(java.util.UUID patientId, LocalDate today) {
        try {
            return programs.adherence(patientId, today, today);
        } catch (BackendUnavailableException | jakarta.ws.rs.WebApplicationException e) {
            return null;
        }
    }

    @GET
    @Path("history")
    public TemplateInstance history() {
        try {
            ProgramRecords.Patient me = programs.me().orElseThrow(NotFoundException::new);
            ProgramRecords.Program program = current(programs.programs(me.id()));
            if (program == null) {
                return Templates.history(null, null, null, List.of(), null, null);
            }
            LocalDate today = LocalDate.now(ZoneId.of(me.timeZone()));
            LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .minusWeeks(PatientPageResource.WEEKS - 1);
            ProgramRecords.Adherence adherence = programs.adherence(me.id(), from, today);
            List<ProgramRecords.Session> sessions = programs.sessions(program.id());
            return Templates.history(program, adherence,
                    adherence.weeks() == null ? null : Charts.adherence(adherence.weeks()), sessions,
                    sessions.isEmpty() ? null : Charts.pain(sessions, PatientPageResource.PAIN_POINTS), null);
        } catch (BackendUnavailableException e) {
            return Templates.history(null, null, null, List.of(), null, e.backend());
        }
    }

    @GET
    @Path("handout")
    public TemplateInstance handout() {
        ProgramRecords.Patient me = programs.me().orElseThrow(NotFoundException::new);
        ProgramRecords.Program program = current(programs.programs(me.id()));
        if (program == null) {
            throw new NotFoundException();
        }
        return Templates.handout(program, me.displayName());
    }

    /** The program the patient follows now: the active one, else a paused one (shown as paused). */
    static ProgramRecords.Program current(List<ProgramRecords.Program> programs) {
        return programs.stream().filter(p -> "ACTIVE".equals(p.status()) || "PAUSED".equals(p.status()))
                .min(Comparator.comparing(p -> "ACTIVE".equals(p.status()) ? 0 : 1)).orElse(null);
    }
}
