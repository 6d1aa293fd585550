package dev.limber.program.repository;

import dev.limber.program.domain.Completion;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.domain.SessionLog;
import dev.limber.program.triage.PainMonitoringRules;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Session logs, their idempotency keys and the per-day tally, written together in one transaction. The logging
 * path reads scalars only, never managed entities, and its native statements name the tables they touch, so no
 * statement makes Hibernate flush or dirty-check anything first.
 */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<SessionLog, UUID> {

    /** A stored idempotency key: the hash of the request it was first used with and the response given. */
    public record StoredKey(String requestHash, UUID sessionId, String response) {
    }

    /**
     * What logging a session needs: the caller's patient record and their program, with the current items (in
     * order) and whether each is done per side.
     */
    public record LoggingContext(UUID patientId, String timeZone, int baselinePain, ProgramStatus status,
            int revision, Map<UUID, Boolean> perSide) {

        public ZoneId zone() {
            return ZoneId.of(timeZone);
        }
    }

    private final EntityManager em;

    public SessionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The program {@code programId} of the patient whose user id is {@code subject}, in one query; empty when there
     * is no such patient, no such program in the clinic, or the program is someone else's.
     */
    public Optional<LoggingContext> loggingContext(String clinicId, String subject, UUID programId) {
        List<Object[]> rows = em.createQuery("""
                select pa.id, pa.timeZone, pa.baselinePain, p.status, p.revision, i.id, i.perSide
                from Program p join Patient pa on pa.id = p.patientId
                left join p.items i on i.removedRevision is null
                where p.id = ?1 and p.clinicId = ?2 and pa.clinicId = ?2 and pa.subject = ?3
                order by i.position""", Object[].class)
                .setParameter(1, programId).setParameter(2, clinicId).setParameter(3, subject).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Boolean> perSide = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[5] != null) {
                perSide.put((UUID) row[5], (Boolean) row[6]);
            }
        }
        Object[] first = rows.get(0);
        return Optional.of(new LoggingContext((UUID) first[0], (String) first[1], (Integer) first[2],
                (ProgramStatus) first[3], (Integer) first[4], perSide));
    }

    /**
     * Claims the key for {@code session} and, only if the key was free, adds the session to the patient's day and
     * moves their last-session time forward, in one statement. A concurrent transaction holding the same key makes
     * this wait for it; once that one commits the claim fails (returns false), nothing is counted, and the caller
     * replays the stored response.
     */
    public boolean claim(String key, String requestHash, String response, SessionLog session) {
        return statement("""
                WITH claimed AS (
                    INSERT INTO idempotency_key (patient_id, idempotency_key, request_hash, session_id, response, created_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, now())
                    ON CONFLICT (patient_id, idempotency_key) DO NOTHING
                    RETURNING patient_id),
                tally AS (
                    INSERT INTO patient_day AS d (patient_id, day, full_sessions, partial_sessions, pain_before_sum, pain_count)
                    SELECT patient_id, ?6, ?7, ?8, ?9, 1 FROM claimed
                    ON CONFLICT (patient_id, day) DO UPDATE SET
                        full_sessions = d.full_sessions + EXCLUDED.full_sessions,
                        partial_sessions = d.partial_sessions + EXCLUDED.partial_sessions,
                        pain_before_sum = d.pain_before_sum + EXCLUDED.pain_before_sum,
                        pain_count = d.pain_count + 1)
                UPDATE patient SET last_session_at = GREATEST(last_session_at, ?10)
                WHERE id = (SELECT patient_id FROM claimed)""", "idempotency_key", "patient_day", "patient")
                .setParameter(1, session.patientId).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, session.id).setParameter(5, response).setParameter(6, session.localDay)
                .setParameter(7, session.completion == Completion.FULL ? 1 : 0)
                .setParameter(8, session.completion == Completion.PARTIAL ? 1 : 0)
                .setParameter(9, session.painBefore).setParameter(10, session.performedAt).executeUpdate() == 1;
    }

    public Optional<StoredKey> findKey(UUID patientId, String key) {
        List<?> rows = statement("""
                SELECT request_hash, session_id, response FROM idempotency_key
                WHERE patient_id = ?1 AND idempotency_key = ?2""", "idempotency_key")
                .setParameter(1, patientId).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new StoredKey(row[0].toString(), (UUID) row[1], row[2].toString());
        });
    }

    public List<SessionLog> forProgram(UUID programId) {
        return list("programId = ?1 order by performedAt desc", programId);
    }

    public List<SessionLog> forProgramBetween(UUID programId, LocalDate from, LocalDate to) {
        return list("programId = ?1 and localDay between ?2 and ?3 order by performedAt desc", programId, from, to);
    }

    /** The pain scores of the patient's session performed just before {@code at}, for the pain-monitoring rules. */
    public Optional<PainMonitoringRules.SessionPain> previousPain(UUID patientId, OffsetDateTime at) {
        return em.createQuery("""
                select s.painBefore, s.painAfter, s.painDuring from SessionLog s
                where s.patientId = ?1 and s.performedAt < ?2 order by s.performedAt desc""", Object[].class)
                .setParameter(1, patientId).setParameter(2, at).setMaxResults(1).getResultList().stream().findFirst()
                .map(r -> new PainMonitoringRules.SessionPain((Integer) r[0], (Integer) r[1], (Integer) r[2]));
    }

    /** A native statement that declares the tables it touches, so running it flushes nothing else first. */
    private Query statement(String sql, String... tables) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        for (String table : tables) {
            query.addSynchronizedQuerySpace(table);
        }
        return query;
    }
}
