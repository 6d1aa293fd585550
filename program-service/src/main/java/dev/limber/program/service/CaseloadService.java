package dev.limber.program.service;

import dev.limber.program.domain.PainTrend;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.repository.CaseloadRepository;
import dev.limber.program.repository.CaseloadRepository.PatientRow;
import dev.limber.program.triage.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A therapist's caseload in five bounded queries: patients with their followed programs, those programs' schedules
 * and recent pauses, the last 15 days of the pre-aggregated patient_day tally, and open flags. Cost follows the
 * number of patients, not the length of their history.
 */
@ApplicationScoped
public class CaseloadService {

    /** One line of the caseload; the program fields are null when the patient follows no program. */
    public record Entry(UUID patientId, String displayName, UUID programId, ProgramStatus programStatus,
            Integer last7DaysPercent, Integer previous7DaysPercent, OffsetDateTime lastSessionAt, PainTrend painTrend, long openFlags,
            Severity mostUrgentFlag) {
    }

    /** Patients with the most urgent unresolved flags first, then by name. */
    static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::mostUrgentFlag, Comparator.nullsLast(Comparator.<Severity>naturalOrder()))
            .thenComparing(Entry::displayName).thenComparing(Entry::patientId);

    private final CaseloadRepository caseload;

    public CaseloadService(CaseloadRepository caseload) {
        this.caseload = caseload;
    }

    /** Patients assigned to the caller; a clinic admin gets every patient of the clinic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> caseload(Caller caller) {
        var scope = new CaseloadRepository.Scope(caller.clinicId(), caller.clinicAdmin() ? null : caller.subject());
        Map<UUID, PatientRow> patients = new LinkedHashMap<>();
        for (PatientRow row : caseload.patients(scope)) {
            // An active program wins over a paused one of the same patient.
            patients.merge(row.patientId(), row, (a, b) -> a.status() == ProgramStatus.ACTIVE ? a : b);
        }
        if (patients.isEmpty()) {
            return List.of();
        }
        // 15 days back from the UTC date covers the last 14 local days in every time zone.
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(15);
        Map<UUID, List<CaseloadRepository.ScheduleRow>> schedules = caseload.schedules(scope).stream()
                .collect(Collectors.groupingBy(CaseloadRepository.ScheduleRow::programId));
        Map<UUID, List<CaseloadRepository.PauseRow>> pauses = caseload.pausesSince(scope, since.atStartOfDay()
                .atOffset(ZoneOffset.UTC)).stream().collect(Collectors.groupingBy(CaseloadRepository.PauseRow::programId));
        Map<UUID, Map<LocalDate, AdherenceCalculator.DayTally>> days = new HashMap<>();
        for (CaseloadRepository.DayRow d : caseload.daysSince(patients.keySet(), since)) {
            days.computeIfAbsent(d.patientId(), k -> new HashMap<>()).put(d.day(),
                    new AdherenceCalculator.DayTally(d.day(), d.full(), d.partial(), d.painSum(), d.painCount()));
        }
        Map<UUID, CaseloadRepository.OpenFlags> flags = caseload.openFlags(scope);
        Map<String, ZoneId> zones = new HashMap<>();
        List<Entry> entries = new ArrayList<>(patients.size());
        for (PatientRow p : patients.values()) {
            ZoneId zone = zones.computeIfAbsent(p.timeZone(), ZoneId::of);
            LocalDate today = LocalDate.now(zone);
            Map<LocalDate, AdherenceCalculator.DayTally> tallies = days.getOrDefault(p.patientId(), Map.of());
            Integer percent = null;
            Integer previous = null;
            if (p.programId() != null) {
                AdherenceCalculator.Plan plan = Plans.of(p, zone, schedules.getOrDefault(p.programId(), List.of()),
                        pauses.getOrDefault(p.programId(), List.of()));
                percent = AdherenceCalculator.lastDaysPercent(plan, tallies, today, 7);
                // The week before, for the trend: the tallies read cover the last 14 local days.
                previous = AdherenceCalculator.counts(plan, tallies, today.minusDays(13), today.minusDays(7), today)
                        .percent();
            }
            CaseloadRepository.OpenFlags open = flags.getOrDefault(p.patientId(), CaseloadRepository.OpenFlags.NONE);
            entries.add(new Entry(p.patientId(), p.displayName(), p.programId(), p.status(), percent, previous,
                    p.lastSessionAt(),
                    AdherenceCalculator.painTrend(tallies, today), open.count(), open.mostUrgent()));
        }
        entries.sort(ORDER);
        return entries;
    }
}
