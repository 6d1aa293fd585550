package dev.limber.program.repository;

import dev.limber.program.domain.SessionLog;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Session logs, their idempotency keys and the per-day tally, written together in one transaction. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<SessionLog, UUID> {

    /** A stored idempotency key: the hash of the request it was first used with and the response given. */
    public record StoredKey(String requestHash, UUID sessionId, String response) {
    }

    private final EntityManager em;

    public SessionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key. A concurrent transaction holding the same key makes this wait for it; once that one
     * commits the claim fails (returns false) and the caller replays the stored response.
     */
    public boolean claimKey(UUID patientId, String key, String requestHash, UUID sessionId, String response) {
        return em.createNativeQuery("""
                INSERT INTO idempotency_key (patient_id, idempotency_key, request_hash, session_id, response, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, now())
                ON CONFLICT (patient_id, idempotency_key) DO NOTHING""")
                .setParameter(1, patientId).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, sessionId).setParameter(5, response).executeUpdate() == 1;
    }

    public Optional<StoredKey> findKey(UUID patientId, String key) {
        List<?> rows = em.createNativeQuery("""
                SELECT request_hash, session_id, response FROM idempotency_key
                WHERE patient_id = ?1 AND idempotency_key = ?2""")
                .setParameter(1, patientId).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new StoredKey(row[0].toString(), (UUID) row[1], row[2].toString());
        });
    }

    /** Adds one session to the patient's day and moves their last-session time forward. */
    public void recordActivity(UUID patientId, LocalDate day, boolean full, boolean partial, int painBefore,
            OffsetDateTime performedAt) {
        em.createNativeQuery("""
                INSERT INTO patient_day AS d (patient_id, day, full_sessions, partial_sessions, pain_before_sum, pain_count)
                VALUES (?1, ?2, ?3, ?4, ?5, 1)
                ON CONFLICT (patient_id, day) DO UPDATE SET
                    full_sessions = d.full_sessions + EXCLUDED.full_sessions,
                    partial_sessions = d.partial_sessions + EXCLUDED.partial_sessions,
                    pain_before_sum = d.pain_before_sum + EXCLUDED.pain_before_sum,
                    pain_count = d.pain_count + 1""")
                .setParameter(1, patientId).setParameter(2, day).setParameter(3, full ? 1 : 0)
                .setParameter(4, partial ? 1 : 0).setParameter(5, painBefore).executeUpdate();
        em.createNativeQuery("UPDATE patient SET last_session_at = GREATEST(last_session_at, ?1) WHERE id = ?2")
                .setParameter(1, performedAt).setParameter(2, patientId).executeUpdate();
    }

    public List<SessionLog> forProgram(UUID programId) {
        return list("programId = ?1 order by performedAt desc", programId);
    }

    public List<SessionLog> forProgramBetween(UUID programId, LocalDate from, LocalDate to) {
        return list("programId = ?1 and localDay between ?2 and ?3 order by performedAt desc", programId, from, to);
    }

    /** The patient's session performed just before {@code at}, for the pain-monitoring rules. */
    public Optional<SessionLog> latestBefore(UUID patientId, OffsetDateTime at) {
        return find("patientId = ?1 and performedAt < ?2 order by performedAt desc", patientId, at)
                .firstResultOptional();
    }
}
