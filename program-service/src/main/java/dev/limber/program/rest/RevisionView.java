package dev.limber.program.rest;

import dev.limber.program.domain.ProgramRevision;
import java.time.OffsetDateTime;

/** One entry of a program's history: who, when, and what changed. */
public record RevisionView(int revision, OffsetDateTime changedAt, String changedBy, ProgramRevision.Summary changes) {

    static RevisionView of(ProgramRevision r) {
        return new RevisionView(r.revision, r.changedAt, r.changedBy, r.summary);
    }
}
