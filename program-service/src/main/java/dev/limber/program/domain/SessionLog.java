package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One session a patient did at home, on the local day it happened. Immutable once logged. */
@Entity
@Table(name = "session_log")
public class SessionLog {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Column(name = "program_revision", nullable = false, updatable = false)
    public int programRevision;

    @Column(name = "performed_at", nullable = false, updatable = false)
    public OffsetDateTime performedAt;

    @Column(name = "local_day", nullable = false, updatable = false)
    public LocalDate localDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Completion completion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<SessionItem> items;

    @Column(name = "pain_before", nullable = false, updatable = false)
    public int painBefore;

    @Column(name = "pain_after", nullable = false, updatable = false)
    public int painAfter;

    @Column(name = "pain_during", nullable = false, updatable = false)
    public int painDuring;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Difficulty difficulty;

    @Column(updatable = false)
    public String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
