package dev.limber.program.service;

import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramPause;
import dev.limber.program.domain.ProgramRevision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Builds the calculator's view of a program from its rows. */
final class Plans {

    private Plans() {
    }

    /**
     * Schedules come from the revision history: revision 1 holds from the start, each later revision from the
     * local day it was made on. Items are the current ones.
     */
    static AdherenceCalculator.Plan of(Program p, ZoneId zone, List<ProgramRevision> revisions,
            List<ProgramPause> pauses, boolean withItems) {
        List<AdherenceCalculator.ScheduleVersion> schedules = revisions.stream()
                .map(r -> new AdherenceCalculator.ScheduleVersion(
                        r.revision == 1 ? LocalDate.MIN : AdherenceCalculator.localDay(r.changedAt.toInstant(), zone),
                        r.sessionsPerDay, Program.parseDays(r.scheduledDays)))
                .toList();
        if (schedules.isEmpty()) {
            schedules = List.of(new AdherenceCalculator.ScheduleVersion(LocalDate.MIN, p.sessionsPerDay, p.weekdays()));
        }
        List<AdherenceCalculator.Pause> pauseList = pauses.stream()
                .map(x -> new AdherenceCalculator.Pause(x.startedAt.toInstant(), instant(x.endedAt))).toList();
        List<AdherenceCalculator.PlanItem> items = withItems ? p.currentItems().stream()
                .map(i -> new AdherenceCalculator.PlanItem(i.id, i.perSide,
                        AdherenceCalculator.localDay(i.addedAt.toInstant(), zone)))
                .toList() : List.of();
        return new AdherenceCalculator.Plan(zone, p.startDate, p.endDate, instant(p.activatedAt),
                instant(p.completedAt), schedules, pauseList, items);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
