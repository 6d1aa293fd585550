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
import java.util.List;

/** The therapist's caseload: patients with the most urgent flags first, so an emergency cannot be overlooked. */
@Path("/therapist")
@RolesAllowed({Pages.THERAPIST, Pages.CLINIC_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class TherapistResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseload(List<ProgramRecords.CaseloadEntry> patients, long urgentCount,
                String unavailable);
    }

    private final ProgramClient programs;

    public TherapistResource(ProgramClient programs) {
        this.programs = programs;
    }

    @GET
    public TemplateInstance caseload() {
        try {
            List<ProgramRecords.CaseloadEntry> patients = programs.caseload();
            return Templates.caseload(patients, patients.stream().filter(ProgramRecords.CaseloadEntry::urgent).count(),
                    null);
        } catch (BackendUnavailableException e) {
            return Templates.caseload(List.of(), 0, e.backend());
        }
    }
}
