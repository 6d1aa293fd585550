package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One prescribed exercise with the catalog text it was prescribed from (the snapshot) and its effective
 * dosage. The snapshot is never refreshed from the catalog, so a catalog edit never changes a patient's program.
 */
@Entity
@Table(name = "program_item")
public class ProgramItem {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    public Program program;

    @Column(nullable = false)
    public int position;

    @Column(name = "added_revision", nullable = false, updatable = false)
    public int addedRevision;

    @Column(name = "removed_revision")
    public Integer removedRevision;

    @Column(name = "added_at", nullable = false, updatable = false)
    public OffsetDateTime addedAt;

    @Column(name = "exercise_slug", nullable = false, updatable = false)
    public String exerciseSlug;

    @Column(name = "exercise_version", nullable = false, updatable = false)
    public int exerciseVersion;

    @Column(nullable = false, updatable = false)
    public String name;

    @Column(updatable = false)
    public String purpose;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> steps;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> cautions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> contraindications;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "catalog_dosage", nullable = false, updatable = false)
    public Dosage catalogDosage;

    @Column(name = "hold_seconds")
    public Integer holdSeconds;

    public Integer reps;

    public Integer sets;

    @Column(name = "per_side", nullable = false)
    public boolean perSide;

    public Integer breaths;

    public String note;

    /** The flag that put this item on hold (radiating leg pain), until a clinician releases it. */
    @Column(name = "held_by_flag")
    public UUID heldByFlag;

    /** Why the item is on hold, in words the patient reads. */
    @Column(name = "hold_reason")
    public String holdReason;

    public boolean onHold() {
        return heldByFlag != null;
    }
}
