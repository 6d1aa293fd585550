package dev.limber.program.rest;

import dev.limber.program.domain.PainTrend;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.service.CaseloadService;
import dev.limber.program.triage.Severity;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One patient of a therapist's caseload. */
public record CaseloadView(UUID patientId, String displayName, UUID programId, ProgramStatus programStatus,
        Integer last7DaysPercent, Integer previous7DaysPercent, OffsetDateTime lastSessionAt, PainTrend painTrend,
        long openFlags, Severity mostUrgentFlag) {

    static CaseloadView of(CaseloadService.Entry e) {
        return new CaseloadView(e.patientId(), e.displayName(), e.programId(), e.programStatus(), e.last7DaysPercent(),
                e.previous7DaysPercent(), e.lastSessionAt(), e.painTrend(), e.openFlags(), e.mostUrgentFlag());
    }
}
