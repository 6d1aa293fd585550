package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An interval in which a program was paused; adherence never counts these days as missed. */
@Entity
@Table(name = "program_pause")
public class ProgramPause {

    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false, updatable = false)
    public UUID programId;

    @Column(name = "started_at", nullable = false, updatable = false)
    public OffsetDateTime startedAt;

    /** Null while the pause lasts. */
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;
}
