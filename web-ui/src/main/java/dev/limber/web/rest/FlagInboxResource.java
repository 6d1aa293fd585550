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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** The flag inbox: what needs a clinician, most urgent first; acknowledge, then resolve with an outcome. */
@Path("/therapist/flags")
@RolesAllowed({Pages.THERAPIST, Pages.CLINIC_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class FlagInboxResource {

    /** The outcomes program-service accepts, as a clinician says them. */
    public static final Map<String, String> OUTCOMES = outcomes();

    private static Map<String, String> outcomes() {
        Map<String, String> outcomes = new java.util.LinkedHashMap<>();
        outcomes.put("REFERRED_TO_EMERGENCY_CARE", "Referred to emergency care");
        outcomes.put("REFERRED_TO_GP", "Referred to their GP");
        outcomes.put("PROGRAM_MODIFIED", "Program modified");
        outcomes.put("PROGRAM_CONTINUED", "Program continued, no change needed (releases held exercises)");
        return java.util.Collections.unmodifiableMap(outcomes);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<ProgramRecords.Flag> open, List<ProgramRecords.Flag> resolved,
                Map<UUID, String> names, String unavailable);

        static native TemplateInstance flag(ProgramRecords.Flag flag, String patientName,
                Map<String, String> outcomes, String outcome, String note, FormErrors errors);
    }

    private final ProgramClient programs;
    private final Flash flash;

    public FlagInboxResource(ProgramClient programs, Flash flash) {
        this.programs = programs;
        this.flash = flash;
    }

    @GET
    public TemplateInstance inbox() {
        try {
            // Asked by status, so resolved flags (however many) never push an open one out of the list.
            List<ProgramRecords.Flag> open = new java.util.ArrayList<>(withStatus("OPEN"));
            open.addAll(withStatus("ACKNOWLEDGED"));
            open.sort(java.util.Comparator.comparingInt((ProgramRecords.Flag f) -> SEVERITY_ORDER.indexOf(f.severity()))
                    .thenComparing(ProgramRecords.Flag::createdAt));
            List<ProgramRecords.Flag> resolved = withStatus("RESOLVED").stream()
                    .sorted(java.util.Comparator.comparing(ProgramRecords.Flag::resolvedAt,
                            java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                    .limit(20).toList();
            Map<UUID, String> names = programs.caseload().stream().collect(Collectors.toMap(
                    ProgramRecords.CaseloadEntry::patientId, ProgramRecords.CaseloadEntry::displayName, (a, b) -> a));
            return Templates.inbox(open, resolved, names, null);
        } catch (BackendUnavailableException e) {
            return Templates.inbox(List.of(), List.of(), Map.of(), e.backend());
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance flag(@PathParam("id") UUID id) {
        ProgramRecords.Flag flag = load(id);
        return page(flag, null, null, FormErrors.none());
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object acknowledge(@PathParam("id") UUID id) {
        ProgramRecords.Flag flag = load(id);
        try {
            programs.acknowledge(id);
        } catch (RejectedException e) {
            return Response.status(e.status()).entity(page(flag, null, null, FormErrors.none().add("", reason(e))))
                    .build();
        }
        return Response.seeOther(URI.create("/therapist/flags/" + id))
                .cookie(flash.set(Flash.Message.FLAG_ACKNOWLEDGED)).build();
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object resolve(@PathParam("id") UUID id, @RestForm String outcome, @RestForm String note,
            @RestForm String version) {
        ProgramRecords.Flag flag = load(id);
        FormErrors errors = FormErrors.none();
        if (outcome == null || !OUTCOMES.containsKey(outcome)) {
            errors.add("outcome", "Choose what you decided.");
        }
        String text = errors.text("note", note, 2000, false, "the note");
        long seen = version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : flag.version();
        if (!errors.any()) {
            try {
                programs.resolve(id, new ProgramRecords.Resolution(outcome, text, seen));
                return Response.seeOther(URI.create("/therapist/flags/" + id))
                        .cookie(flash.set(Flash.Message.FLAG_RESOLVED)).build();
            } catch (RejectedException e) {
                errors.add("", e.conflict() ? "Someone else changed this flag since you opened it. Nothing was saved: "
                        + "read it again below." : reason(e));
                return Response.status(e.status()).entity(page(load(id), outcome, note, errors)).build();
            } catch (BackendUnavailableException e) {
                errors.add("", e.backend() + " is not available right now. Nothing was saved: try again in a minute.");
                return Response.status(503).entity(page(flag, outcome, note, errors)).build();
            }
        }
        return Response.status(400).entity(page(flag, outcome, note, errors)).build();
    }

    /** Most urgent first, as program-service ranks them. */
    static final List<String> SEVERITY_ORDER = List.of("EMERGENCY", "URGENT", "REVIEW", "ADHERENCE");

    private List<ProgramRecords.Flag> withStatus(String status) {
        return programs.flags(status, null).stream().filter(f -> status.equals(f.status())).toList();
    }

    private TemplateInstance page(ProgramRecords.Flag flag, String outcome, String note, FormErrors errors) {
        String name = programs.patient(flag.patientId()).map(ProgramRecords.PatientDetail::displayName)
                .orElse("Patient");
        return Templates.flag(flag, name, OUTCOMES, outcome, note, errors);
    }

    private ProgramRecords.Flag load(UUID id) {
        return programs.flag(id).orElseThrow(NotFoundException::new);
    }

    private static String reason(RejectedException e) {
        return e.problem().detail() == null ? e.problem().title() : e.problem().detail();
    }

}
