package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert e-mail waiting to leave, written in the transaction that decided to send it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    public UUID id;

    /** One message per recipient and reason, e.g. {@code flag:<id>:alert:<subject>}; a second enqueue is ignored. */
    @Column(name = "dedup_key", nullable = false, updatable = false)
    public String dedupKey;

    @Column(nullable = false, updatable = false)
    public String recipient;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "last_error")
    public String lastError;
}
