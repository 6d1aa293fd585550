package dev.limber.program.rest;

import dev.limber.program.domain.Patient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A patient as the API shows it. */
public record PatientView(UUID id, String subject, String displayName, int birthYear, String conditionSummary,
        LocalDate painOnset, int baselinePain, String timeZone, String therapist, OffsetDateTime lastSessionAt,
        OffsetDateTime createdAt) {

    static PatientView of(Patient p) {
        return new PatientView(p.id, p.subject, p.displayName, p.birthYear, p.conditionSummary, p.painOnset,
                p.baselinePain, p.timeZone, p.therapistSubject, p.lastSessionAt, p.createdAt);
    }
}
