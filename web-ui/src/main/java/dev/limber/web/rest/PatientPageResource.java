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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * One patient as their therapist sees them: open flags with the reasons, the current program, adherence
 * by week and pain after each session as charts, the session history and the symptom check-ins.
 */
@Path("/therapist/patients/{id}")
@RolesAllowed({Pages.THERAPIST, Pages.CLINIC_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PatientPageResource {

    /** Weeks in the adherence chart. */
    static final int WEEKS = 8;
    /** Sessions in the pain chart. */
    static final int PAIN_POINTS = 20;

    /** Everything the page shows of one patient. */
    public record View(ProgramRecords.PatientDetail patient, ProgramRecords.Program current,
            List<ProgramRecords.Program> others, List<ProgramRecords.Flag> flags, ProgramRecords.Adherence adherence,
            Charts.BarChart adherenceChart, List<ProgramRecords.Session> sessions, Charts.LineChart painChart,
            List<ProgramRecords.Report> reports) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance patient(View view, String unavailable);
    }

    private final ProgramClient programs;

    public PatientPageResource(ProgramClient programs) {
        this.programs = programs;
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id) {
        try {
            ProgramRecords.PatientDetail patient = programs.patient(id).orElseThrow(NotFoundException::new);
            List<ProgramRecords.Program> all = programs.programs(id);
            ProgramRecords.Program current = PatientResource.current(all);
            List<ProgramRecords.Program> others = all.stream().filter(p -> p != current).toList();
            LocalDate today = LocalDate.now(ZoneId.of(patient.timeZone()));
            LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
            ProgramRecords.Adherence adherence = current == null ? null : programs.adherence(id, from, today);
            List<ProgramRecords.Session> sessions = current == null ? List.of() : programs.sessions(current.id());
            return Templates.patient(new View(patient, current, others, programs.flags(null, id), adherence,
                    adherence == null || adherence.weeks() == null ? null : Charts.adherence(adherence.weeks()),
                    sessions, sessions.isEmpty() ? null : Charts.pain(sessions, PAIN_POINTS), programs.reports(id)),
                    null);
        } catch (BackendUnavailableException e) {
            return Templates.patient(null, e.backend());
        }
    }
}
