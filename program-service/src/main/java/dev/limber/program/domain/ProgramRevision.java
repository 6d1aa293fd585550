package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a program's history: who changed it, when, what changed, and the schedule from then on. */
@Entity
@Table(name = "program_revision")
public class ProgramRevision {

    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Summary summary;

    /** Schedule in force from this revision on; a draft's edits rewrite it in place. */
    @Column(name = "sessions_per_day", nullable = false)
    public int sessionsPerDay;

    @Column(name = "scheduled_days", nullable = false)
    public String scheduledDays;

    /** What a revision changed, item by item (exercise slugs) and for the schedule. */
    public record Summary(String kind, List<String> itemsAdded, List<String> itemsRemoved,
            List<String> dosageChanged, List<String> notesChanged, boolean orderChanged, List<String> scheduleChanged,
            boolean titleChanged) {
    }
}
