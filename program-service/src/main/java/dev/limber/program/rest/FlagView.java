package dev.limber.program.rest;

import dev.limber.program.domain.Flag;
import dev.limber.program.domain.FlagEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A flag as the inbox shows it, with the rules that raised it and, in detail, its audit trail. */
public record FlagView(UUID id, UUID patientId, String severity, Flag.Status status, Flag.Source source,
        List<Flag.FiredRule> rules, String rulesVersion, UUID symptomReportId, UUID sessionId, OffsetDateTime createdAt,
        OffsetDateTime acknowledgedAt, String acknowledgedBy, OffsetDateTime resolvedAt, String resolvedBy,
        Flag.Outcome outcome, String resolutionNote, OffsetDateTime escalatedAt, long version, List<Event> events) {

    /** One audited change. */
    public record Event(OffsetDateTime at, String actor, String action, String detail) {
    }

    static FlagView of(Flag f, List<FlagEvent> events) {
        return new FlagView(f.id, f.patientId, f.severity, f.status, f.source, f.rules, f.rulesVersion,
                f.symptomReportId, f.sessionId, f.createdAt, f.acknowledgedAt, f.acknowledgedBy, f.resolvedAt,
                f.resolvedBy, f.outcome, f.resolutionNote, f.escalatedAt, f.lockVersion,
                events == null ? null : events.stream().map(e -> new Event(e.at, e.actor, e.action, e.detail)).toList());
    }
}
