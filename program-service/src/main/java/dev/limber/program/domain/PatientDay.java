package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** Sessions of one patient on one local day, kept up to date by the session-log transaction (read-only here). */
@Entity
@Table(name = "patient_day")
public class PatientDay {

    @EmbeddedId
    public Key key;

    @Column(name = "full_sessions", insertable = false, updatable = false)
    public int fullSessions;

    @Column(name = "partial_sessions", insertable = false, updatable = false)
    public int partialSessions;

    @Column(name = "pain_before_sum", insertable = false, updatable = false)
    public int painBeforeSum;

    @Column(name = "pain_count", insertable = false, updatable = false)
    public int painCount;

    /** Patient and day. */
    @Embeddable
    public record Key(@Column(name = "patient_id") UUID patientId, @Column(name = "day") LocalDate day)
            implements Serializable {
    }
}
