package dev.limber.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The stable identity of an exercise; its content lives in {@link ExerciseVersion}s. */
@Entity
@Table(name = "exercise")
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String slug;

    /** Number of the current version; advanced under a row lock, see ExerciseRepository#findBySlugForUpdate. */
    @Column(nullable = false)
    public int version;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public boolean isRetired() {
        return retiredAt != null;
    }
}
