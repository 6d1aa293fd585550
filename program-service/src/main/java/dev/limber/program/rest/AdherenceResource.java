package dev.limber.program.rest;

import dev.limber.program.service.AdherenceService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adherence computed on the server from the schedule and the logs. */
@Path("/api/patients/{id}/adherence")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adherence")
public class AdherenceResource {

    static final int MAX_DAYS = 366;

    private final AdherenceService service;
    private final CurrentCaller caller;

    public AdherenceResource(AdherenceService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Prescribed, completed, partial and missed sessions, the same week by week (Monday to "
            + "Sunday), per-item completion, streak, 7- and 28-day percentages and pain trend; from/to are local "
            + "dates (default: the last 28 days)")
    public AdherenceView get(@PathParam("id") UUID patientId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                throw ProblemException.invalid("from", "must not be after to");
            }
            if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
                throw ProblemException.invalid("from", "the period can be at most " + MAX_DAYS + " days");
            }
        }
        return AdherenceView.of(service.forPatient(caller.get(), patientId, start, end));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2026-03-02");
        }
    }
}
