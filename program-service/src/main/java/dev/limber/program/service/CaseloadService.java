package dev.limber.program.service;

import dev.limber.program.domain.PainTrend;
import dev.limber.program.domain.Patient;
import dev.limber.program.domain.PatientDay;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramPause;
import dev.limber.program.domain.ProgramRevision;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.repository.CaseloadRepository;
import dev.limber.program.repository.PatientRepository;
import dev.limber.program.repository.ProgramRepository;
import dev.limber.program.triage.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A therapist's caseload in five bounded queries: patients, their followed programs, pauses and schedules, the
 * last 15 days of the pre-aggregated patient_day tally, and open flags. Cost follows the number of patients,
 * not the length of their history.
 */
@ApplicationScoped
public class CaseloadService {

    /** One line of the caseload. */
    public record Entry(Patient patient, Program program, Integer last7DaysPercent, OffsetDateTime lastSessionAt,
            PainTrend painTrend, long openFlags, Severity mostUrgentFlag) {
    }

    /** Patients with the most urgent unresolved flags first, then by name. */
    static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::mostUrgentFlag, Comparator.nullsLast(Comparator.<Severity>naturalOrder()))
            .thenComparing(e -> e.patient().displayName).thenComparing(e -> e.patient().id);

    private final PatientRepository patients;
    private final ProgramRepository programs;
    private final CaseloadRepository caseload;

    public CaseloadService(PatientRepository patients, ProgramRepository programs, CaseloadRepository caseload) {
        this.patients = patients;
        this.programs = programs;
        this.caseload = caseload;
    }

    /** Patients assigned to the caller; a clinic admin gets every patient of the clinic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> caseload(Caller caller) {
        List<Patient> mine = caller.clinicAdmin() ? patients.listInClinic(caller.clinicId())
                : patients.listAssigned(caller.clinicId(), caller.subject());
        if (mine.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = mine.stream().map(p -> p.id).toList();
        Map<UUID, Program> followed = new HashMap<>();
        for (Program p : programs.followedBy(ids)) {
            // An active program wins over a paused one of the same patient.
            followed.merge(p.patientId, p, (a, b) -> a.status == ProgramStatus.ACTIVE ? a : b);
        }
        List<UUID> programIds = followed.values().stream().map(p -> p.id).toList();
        Map<UUID, List<ProgramRevision>> revisions = programIds.isEmpty() ? Map.of()
                : programs.revisions(programIds).stream().collect(Collectors.groupingBy(r -> r.programId));
        Map<UUID, List<ProgramPause>> pauses = programIds.isEmpty() ? Map.of()
                : programs.pauses(programIds).stream().collect(Collectors.groupingBy(x -> x.programId));
        // 15 days back from the UTC date covers the last 14 local days in every time zone.
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(15);
        Map<UUID, Map<LocalDate, AdherenceCalculator.DayTally>> days = new HashMap<>();
        for (PatientDay d : caseload.daysSince(ids, since)) {
            days.computeIfAbsent(d.key.patientId(), k -> new HashMap<>()).put(d.key.day(),
                    new AdherenceCalculator.DayTally(d.key.day(), d.fullSessions, d.partialSessions,
                            d.painBeforeSum, d.painCount));
        }
        Map<UUID, CaseloadRepository.OpenFlags> flags = caseload.openFlags(caller.clinicId(), ids);
        List<Entry> entries = new ArrayList<>();
        for (Patient patient : mine) {
            Program program = followed.get(patient.id);
            LocalDate today = LocalDate.now(patient.zone());
            Map<LocalDate, AdherenceCalculator.DayTally> tallies = days.getOrDefault(patient.id, Map.of());
            Integer percent = null;
            if (program != null) {
                AdherenceCalculator.Plan plan = Plans.of(program, patient.zone(),
                        revisions.getOrDefault(program.id, List.of()), pauses.getOrDefault(program.id, List.of()),
                        false);
                percent = AdherenceCalculator.lastDaysPercent(plan, tallies, today, 7);
            }
            CaseloadRepository.OpenFlags open = flags.getOrDefault(patient.id, CaseloadRepository.OpenFlags.NONE);
            entries.add(new Entry(patient, program, percent, patient.lastSessionAt,
                    AdherenceCalculator.painTrend(tallies, today), open.count(), open.mostUrgent()));
        }
        entries.sort(ORDER);
        return entries;
    }
}
