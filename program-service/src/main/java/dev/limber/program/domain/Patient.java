package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A patient of one clinic, linked to their Keycloak user and assigned to one therapist. */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    /** The patient's Keycloak user id (token {@code sub}); null until the patient has an account. */
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "birth_year", nullable = false)
    public int birthYear;

    @Column(name = "condition_summary")
    public String conditionSummary;

    @Column(name = "pain_onset")
    public LocalDate painOnset;

    @Column(name = "baseline_pain", nullable = false)
    public int baselinePain;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "therapist_subject", nullable = false)
    public String therapistSubject;

    /** Written only by the session-log transaction (see SessionRepository#recordActivity). */
    @Column(name = "last_session_at", insertable = false, updatable = false)
    public OffsetDateTime lastSessionAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
