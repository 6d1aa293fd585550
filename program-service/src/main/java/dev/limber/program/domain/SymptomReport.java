package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A patient's symptom check-in as answered, with the triage it got (replayed on a retried request). */
@Entity
@Table(name = "symptom_report")
public class SymptomReport {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    /** The structured answers (see triage.SymptomAnswers), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String answers;

    @Column(name = "current_pain", updatable = false)
    public Integer currentPain;

    @Column(name = "free_text", updatable = false)
    public String freeText;

    @Column(updatable = false)
    public String severity;

    /** Written once, when the triage is complete, in the transaction that stored the report. */
    @Column(nullable = false)
    public String response;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
