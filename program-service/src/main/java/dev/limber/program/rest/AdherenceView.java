package dev.limber.program.rest;

import dev.limber.program.domain.PainTrend;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.service.AdherenceCalculator;
import dev.limber.program.service.AdherenceService;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Adherence of a patient's current program over a period (rules: docs/clinical-rules.md, "Adherence"). */
public record AdherenceView(UUID patientId, UUID programId, ProgramStatus programStatus, LocalDate from,
        LocalDate to, int prescribed, int completed, int partial, int missed, Integer percent, List<WeekView> weeks,
        int currentStreak, Integer last7DaysPercent, Integer last28DaysPercent, PainTrend painTrend,
        List<ItemView> items) {

    /** One week of the period (weekStart is its Monday), counted over its days inside the period. */
    public record WeekView(LocalDate weekStart, int prescribed, int completed, int partial, Integer percent) {
    }

    /** Completion of one current item; leftDone/rightDone count sessions that covered that side. */
    public record ItemView(UUID itemId, String exercise, int prescribed, double done, int leftDone, int rightDone,
            Integer percent) {
    }

    static AdherenceView of(AdherenceService.Report report) {
        AdherenceCalculator.Result r = report.result();
        var program = report.program();
        List<ItemView> items = r.items().stream().map(i -> new ItemView(i.itemId(),
                program.get().currentItems().stream().filter(x -> x.id.equals(i.itemId())).findFirst()
                        .map(x -> x.exerciseSlug).orElse(null),
                i.prescribed(), i.done(), i.leftDone(), i.rightDone(), i.percent())).toList();
        return new AdherenceView(report.patient().id, program.map(p -> p.id).orElse(null),
                program.map(p -> p.status).orElse(null), r.from(), r.to(), r.period().prescribed(),
                r.period().completed(), r.period().partial(), r.period().missed(), r.period().percent(),
                r.weeks().stream().map(w -> new WeekView(w.weekStart(), w.counts().prescribed(),
                        w.counts().completed(), w.counts().partial(), w.counts().percent())).toList(),
                r.currentStreak(), r.last7DaysPercent(), r.last28DaysPercent(), r.painTrend(), items);
    }
}
