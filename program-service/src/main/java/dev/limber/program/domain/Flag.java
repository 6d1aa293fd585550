package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A flag on a patient for a clinician to act on: raised by a symptom check-in, a session's pain
 * scores or a week without sessions, with every rule that fired and the rules version that fired it.
 */
@Entity
@Table(name = "flag")
public class Flag {

    /** Where a flag came from. */
    public enum Source { CHECK_IN, SESSION, SCHEDULE }

    /** Open until a clinician acknowledges it; resolved with an outcome. */
    public enum Status { OPEN, ACKNOWLEDGED, RESOLVED }

    /** What the clinician decided. */
    public enum Outcome { REFERRED_TO_EMERGENCY_CARE, REFERRED_TO_GP, PROGRAM_MODIFIED, PROGRAM_CONTINUED }

    /** One rule that fired, as the clinician reads it. */
    public record FiredRule(String id, String severity, String explanation) {
    }

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    /** EMERGENCY, URGENT, REVIEW or ADHERENCE (see triage.Severity). */
    @Column(nullable = false, updatable = false)
    public String severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Source source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<FiredRule> rules;

    @Column(name = "rules_version", nullable = false, updatable = false)
    public String rulesVersion;

    @Column(name = "symptom_report_id", updatable = false)
    public UUID symptomReportId;

    @Column(name = "session_id", updatable = false)
    public UUID sessionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "resolution_note")
    public String resolutionNote;

    /** Set once, by the escalation job, in the same update that claims the flag for escalation. */
    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;
}
