package dev.limber.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One immutable version of an exercise's text and dosage. A patient's prescription points at a
 * version, so nothing but the {@code current} flag ever changes once a row is written.
 */
@Entity
@Table(name = "exercise_version")
public class ExerciseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", updatable = false)
    public Exercise exercise;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    @Column(nullable = false, updatable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> aliases;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> steps;

    @Column(nullable = false, updatable = false)
    public String category;

    @Column(name = "starting_position", nullable = false, updatable = false)
    public String startingPosition;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> regions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> muscles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> equipment;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> cautions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> contraindications;

    @Embedded
    public Dosage dosage = new Dosage();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "source_articles", columnDefinition = "text[]", nullable = false, updatable = false)
    public List<String> sourceArticles;

    @Column(name = "change_note", updatable = false)
    public String changeNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
