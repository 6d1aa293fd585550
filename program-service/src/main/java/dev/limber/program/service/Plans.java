package dev.limber.program.service;

import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramPause;
import dev.limber.program.domain.ProgramRevision;
import dev.limber.program.repository.CaseloadRepository;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the calculator's view of a program from its rows. */
final class Plans {

    private static final Map<String, Set<DayOfWeek>> WEEKDAYS = new ConcurrentHashMap<>();

    private Plans() {
    }

    /**
     * Schedules come from the revision history: revision 1 holds from the start, each later revision from the
     * local day it was made on. Items are the current ones.
     */
    static AdherenceCalculator.Plan of(Program p, ZoneId zone, List<ProgramRevision> revisions,
            List<ProgramPause> pauses) {
        List<AdherenceCalculator.ScheduleVersion> schedules = revisions.stream()
                .map(r -> schedule(r.revision, r.changedAt, r.sessionsPerDay, r.scheduledDays, zone)).toList();
        if (schedules.isEmpty()) {
            schedules = List.of(new AdherenceCalculator.ScheduleVersion(LocalDate.MIN, p.sessionsPerDay, p.weekdays()));
        }
        List<AdherenceCalculator.Pause> pauseList = pauses.stream()
                .map(x -> new AdherenceCalculator.Pause(x.startedAt.toInstant(), instant(x.endedAt))).toList();
        List<AdherenceCalculator.PlanItem> items = p.currentItems().stream()
                .map(i -> new AdherenceCalculator.PlanItem(i.id, i.perSide,
                        AdherenceCalculator.localDay(i.addedAt.toInstant(), zone)))
                .toList();
        return new AdherenceCalculator.Plan(zone, p.startDate, p.endDate, instant(p.activatedAt),
                instant(p.completedAt), schedules, pauseList, items);
    }

    /** The same from the caseload's rows (no items: the caseload shows no per-item completion). */
    static AdherenceCalculator.Plan of(CaseloadRepository.PatientRow p, ZoneId zone,
            List<CaseloadRepository.ScheduleRow> revisions, List<CaseloadRepository.PauseRow> pauses) {
        List<AdherenceCalculator.ScheduleVersion> schedules = revisions.stream()
                .map(r -> schedule(r.revision(), r.changedAt(), r.sessionsPerDay(), r.scheduledDays(), zone)).toList();
        if (schedules.isEmpty()) {
            schedules = List.of(new AdherenceCalculator.ScheduleVersion(LocalDate.MIN, p.sessionsPerDay(),
                    weekdays(p.scheduledDays())));
        }
        List<AdherenceCalculator.Pause> pauseList = pauses.stream()
                .map(x -> new AdherenceCalculator.Pause(x.startedAt().toInstant(), instant(x.endedAt()))).toList();
        return new AdherenceCalculator.Plan(zone, p.startDate(), p.endDate(), instant(p.activatedAt()),
                instant(p.completedAt()), schedules, pauseList, List.of());
    }

    private static AdherenceCalculator.ScheduleVersion schedule(int revision, OffsetDateTime changedAt,
            int sessionsPerDay, String scheduledDays, ZoneId zone) {
        return new AdherenceCalculator.ScheduleVersion(
                revision == 1 ? LocalDate.MIN : AdherenceCalculator.localDay(changedAt.toInstant(), zone),
                sessionsPerDay, weekdays(scheduledDays));
    }

    /** Parsed once per distinct value (at most a few hundred orderings of seven days): a caseload asks 500 times. */
    private static Set<DayOfWeek> weekdays(String scheduledDays) {
        return WEEKDAYS.computeIfAbsent(scheduledDays, days -> Collections.unmodifiableSet(Program.parseDays(days)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
