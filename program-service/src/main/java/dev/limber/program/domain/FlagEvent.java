package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a flag's audit trail: who did what, when. Never updated or deleted. */
@Entity
@Table(name = "flag_event")
public class FlagEvent {

    /** Actor of the scheduled jobs. */
    public static final String SYSTEM = "limber";

    @Id
    public UUID id;

    @Column(name = "flag_id", nullable = false, updatable = false)
    public UUID flagId;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    public String actor;

    /** CREATED, ACKNOWLEDGED, RESOLVED, ESCALATED or ALERTED. */
    @Column(nullable = false, updatable = false)
    public String action;

    @Column(updatable = false)
    public String detail;

    public static FlagEvent of(UUID flagId, String actor, String action, String detail) {
        FlagEvent e = new FlagEvent();
        e.id = UUID.randomUUID();
        e.flagId = flagId;
        e.at = OffsetDateTime.now();
        e.actor = actor;
        e.action = action;
        e.detail = detail;
        return e;
    }
}
