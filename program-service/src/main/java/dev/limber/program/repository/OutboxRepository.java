package dev.limber.program.repository;

import dev.limber.program.domain.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The alert outbox. */
@ApplicationScoped
public class OutboxRepository {

    private final EntityManager em;

    public OutboxRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds a message unless one with the same dedup key exists; true if this call added it. */
    public boolean enqueue(String dedupKey, String recipient, String subject, String body) {
        return em.createNativeQuery("""
                INSERT INTO outbox_message (id, dedup_key, recipient, subject, body, created_at, next_attempt_at)
                VALUES (:id, :key, :recipient, :subject, :body, now(), now())
                ON CONFLICT (dedup_key) DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("key", dedupKey)
                .setParameter("recipient", recipient).setParameter("subject", subject).setParameter("body", body)
                .executeUpdate() == 1;
    }

    /** Due messages, locked for this transaction; another replica skips them rather than sending twice. */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> lockDue(int limit) {
        return em.createNativeQuery("""
                SELECT * FROM outbox_message WHERE sent_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED""", OutboxMessage.class)
                .setParameter("limit", limit).getResultList();
    }

    public List<OutboxMessage> forRecipient(String recipient) {
        return em.createQuery("from OutboxMessage where recipient = ?1 order by createdAt", OutboxMessage.class)
                .setParameter(1, recipient).getResultList();
    }

    public long pending() {
        return em.createQuery("select count(m) from OutboxMessage m where m.sentAt is null", Long.class)
                .getSingleResult();
    }
}
