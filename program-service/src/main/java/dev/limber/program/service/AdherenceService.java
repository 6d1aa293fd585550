package dev.limber.program.service;

import dev.limber.program.domain.Patient;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.SessionLog;
import dev.limber.program.repository.ProgramRepository;
import dev.limber.program.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads a patient's current program and its logs and hands them to {@link AdherenceCalculator}. */
@ApplicationScoped
public class AdherenceService {

    /** The adherence of one program over a period; {@code program} is empty when the patient has none yet. */
    public record Report(Patient patient, Optional<Program> program, AdherenceCalculator.Result result) {
    }

    private final Access access;
    private final ProgramRepository programs;
    private final SessionRepository sessions;
    private final Clock clock;

    public AdherenceService(Access access, ProgramRepository programs, SessionRepository sessions) {
        this.access = access;
        this.programs = programs;
        this.sessions = sessions;
        this.clock = Clock.systemUTC();
    }

    /** {@code from}/{@code to} default to the 28 local days ending today in the patient's zone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report forPatient(Caller caller, UUID patientId, LocalDate from, LocalDate to) {
        Patient patient = access.patient(caller, patientId);
        LocalDate today = LocalDate.now(clock.withZone(patient.zone()));
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(27);
        Optional<Program> program = programs.current(patient.id);
        if (program.isEmpty()) {
            AdherenceCalculator.Plan none = new AdherenceCalculator.Plan(patient.zone(), start, null, null, null,
                    List.of(new AdherenceCalculator.ScheduleVersion(LocalDate.MIN, 1, java.util.Set.of())), List.of(),
                    List.of());
            return new Report(patient, program, AdherenceCalculator.calculate(none, List.of(), start, end, today));
        }
        Program p = program.get();
        AdherenceCalculator.Plan plan = Plans.of(p, patient.zone(), programs.revisions(p.id), programs.pauses(p.id));
        List<AdherenceCalculator.Session> logged = sessions.forProgram(p.id).stream().map(AdherenceService::session)
                .toList();
        return new Report(patient, program, AdherenceCalculator.calculate(plan, logged, start, end, today));
    }

    private static AdherenceCalculator.Session session(SessionLog s) {
        return new AdherenceCalculator.Session(s.performedAt.toInstant(), s.completion, s.painBefore, s.items);
    }
}
