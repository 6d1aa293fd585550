package dev.limber.web.rest;

import dev.limber.web.client.BackendUnavailableException;
import dev.limber.web.client.ProgramClient;
import dev.limber.web.client.ProgramRecords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A patient's own page: today's exercises, each with steps, dosage and cautions. */
@Path("/me")
@RolesAllowed(Pages.PATIENT)
@Produces(MediaType.TEXT_HTML)
public class PatientResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance today(ProgramRecords.Patient patient, ProgramRecords.Program program,
                String unavailable);
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
                return Templates.today(null, null, null);
            }
            return Templates.today(me.get(), current(programs.programs(me.get().id())), null);
        } catch (BackendUnavailableException e) {
            return Templates.today(null, null, e.backend());
        }
    }

    /** The program the patient follows now: the active one, else a paused one (shown as paused). */
    static ProgramRecords.Program current(List<ProgramRecords.Program> programs) {
        return programs.stream().filter(p -> "ACTIVE".equals(p.status()) || "PAUSED".equals(p.status()))
                .min(Comparator.comparing(p -> "ACTIVE".equals(p.status()) ? 0 : 1)).orElse(null);
    }
}
