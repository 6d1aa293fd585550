package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A flag on a patient for a clinician to look at. Only counted (caseload) for now; the red-flag issue
 * creates and resolves them.
 */
@Entity
@Table(name = "flag")
public class Flag {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false)
    public String clinicId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    /** EMERGENCY, URGENT, REVIEW or ADHERENCE. */
    @Column(nullable = false)
    public String severity;

    /** OPEN, ACKNOWLEDGED or RESOLVED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
