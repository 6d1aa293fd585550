package dev.limber.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The portal's only way to program-service: a 2 s timeout and a circuit breaker on every call, one retry
 * for reads and for changes that are safe to repeat (an idempotency key, or a version that makes a replay a
 * 409). Creating a program is not retried: a lost answer must not make two drafts.
 */
@ApplicationScoped
@BackendCall(ProgramClient.NAME)
@Timeout(value = 2, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = {WebApplicationException.class, RejectedException.class})
public class ProgramClient {

    static final String NAME = "Programs and sessions";

    private final ProgramApi api;

    public ProgramClient(@RestClient ProgramApi api) {
        this.api = api;
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ProgramRecords.CaseloadEntry> caseload() {
        return Backends.call(NAME, api::caseload);
    }

    /** The signed-in patient's record, or empty when their clinic has not set it up yet. */
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public Optional<ProgramRecords.Patient> me() {
        return optional(() -> Backends.call(NAME, api::me));
    }

    /** A patient of the caller's clinic, or empty (program-service answers 404 for anyone else's). */
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public Optional<ProgramRecords.PatientDetail> patient(UUID id) {
        return optional(() -> Backends.call(NAME, () -> api.patient(id)));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ProgramRecords.Program> programs(UUID patientId) {
        return Backends.call(NAME, () -> api.programs(patientId));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public Optional<ProgramRecords.Program> program(UUID id) {
        return optional(() -> Backends.call(NAME, () -> api.program(id)));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ProgramRecords.Adherence adherence(UUID patientId, LocalDate from, LocalDate to) {
        return Backends.call(NAME, () -> api.adherence(patientId, from, to));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ProgramRecords.Session> sessions(UUID programId) {
        return Backends.call(NAME, () -> api.sessions(programId));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ProgramRecords.Report> reports(UUID patientId) {
        return Backends.call(NAME, () -> api.reports(patientId));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public Optional<ProgramRecords.Triage> triage(UUID patientId, UUID reportId) {
        return optional(() -> Backends.call(NAME, () -> api.triage(patientId, reportId)));
    }

    /** The inbox: every flag not yet resolved (status null) or of one status, optionally for one patient. */
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ProgramRecords.Flag> flags(String status, UUID patientId) {
        return Backends.call(NAME, () -> api.flags(status, patientId));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public Optional<ProgramRecords.Flag> flag(UUID id) {
        return optional(() -> Backends.call(NAME, () -> api.flag(id)));
    }

    public ProgramRecords.Program createProgram(UUID patientId, ProgramRecords.ProgramInput input) {
        return Backends.change(NAME, () -> api.createProgram(patientId, input));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {WebApplicationException.class, RejectedException.class})
    public ProgramRecords.Program updateProgram(UUID id, ProgramRecords.ProgramInput input) {
        return Backends.change(NAME, () -> api.updateProgram(id, input));
    }

    /** activate, pause or complete. */
    @Retry(maxRetries = 1, delay = 100, abortOn = {WebApplicationException.class, RejectedException.class})
    public ProgramRecords.Program transition(UUID id, String transition) {
        return Backends.change(NAME, () -> api.transition(id, transition));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {WebApplicationException.class, RejectedException.class})
    public ProgramRecords.Session logSession(UUID programId, String idempotencyKey, ProgramRecords.SessionInput input) {
        return Backends.change(NAME, () -> api.logSession(programId, idempotencyKey, input));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {WebApplicationException.class, RejectedException.class})
    public ProgramRecords.Triage report(UUID patientId, String idempotencyKey, ProgramRecords.SymptomInput input) {
        return Backends.change(NAME, () -> api.report(patientId, idempotencyKey, input));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {WebApplicationException.class, RejectedException.class})
    public ProgramRecords.Flag acknowledge(UUID flagId) {
        return Backends.change(NAME, () -> api.acknowledge(flagId));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {WebApplicationException.class, RejectedException.class})
    public ProgramRecords.Flag resolve(UUID flagId, ProgramRecords.Resolution resolution) {
        return Backends.change(NAME, () -> api.resolve(flagId, resolution));
    }

    private static <T> Optional<T> optional(java.util.function.Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
