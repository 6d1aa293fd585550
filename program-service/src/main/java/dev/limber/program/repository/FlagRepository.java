package dev.limber.program.repository;

import dev.limber.program.domain.Flag;
import dev.limber.program.domain.FlagEvent;
import dev.limber.program.domain.SymptomReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Flags, their audit trail and symptom reports; every read is scoped by clinic. */
@ApplicationScoped
public class FlagRepository implements PanacheRepositoryBase<Flag, UUID> {

    /** Inbox filters; null means any. */
    public record Filter(String severity, Flag.Status status, UUID patientId) {
    }

    private final EntityManager em;

    public FlagRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Flag> findInClinic(String clinicId, UUID id) {
        return find("clinicId = ?1 and id = ?2", clinicId, id).firstResultOptional();
    }

    /** The inbox: most urgent first (EMERGENCY, URGENT, REVIEW, ADHERENCE), then oldest first. */
    public List<Flag> inbox(String clinicId, Filter filter, int limit) {
        StringBuilder q = new StringBuilder("from Flag f where f.clinicId = :clinic");
        if (filter.severity() != null) {
            q.append(" and f.severity = :severity");
        }
        if (filter.status() != null) {
            q.append(" and f.status = :status");
        }
        if (filter.patientId() != null) {
            q.append(" and f.patientId = :patient");
        }
        q.append(" order by case f.severity when 'EMERGENCY' then 0 when 'URGENT' then 1 when 'REVIEW' then 2 else 3 end,"
                + " f.createdAt, f.id");
        var query = em.createQuery(q.toString(), Flag.class).setParameter("clinic", clinicId).setMaxResults(limit);
        if (filter.severity() != null) {
            query.setParameter("severity", filter.severity());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.patientId() != null) {
            query.setParameter("patient", filter.patientId());
        }
        return query.getResultList();
    }

    /** Ids of the rules already on an unresolved flag of this patient: they are not raised again. */
    public Set<String> unresolvedRuleIds(UUID patientId) {
        Set<String> ids = new HashSet<>();
        em.createQuery("from Flag f where f.patientId = ?1 and f.status <> ?2", Flag.class)
                .setParameter(1, patientId).setParameter(2, Flag.Status.RESOLVED).getResultList()
                .forEach(f -> f.rules.forEach(r -> ids.add(r.id())));
        return ids;
    }

    public void persistEvent(FlagEvent event) {
        em.persist(event);
    }

    public List<FlagEvent> events(UUID flagId) {
        return em.createQuery("from FlagEvent where flagId = ?1 order by at, id", FlagEvent.class)
                .setParameter(1, flagId).getResultList();
    }

    public void persistReport(SymptomReport report) {
        em.persist(report);
    }

    public Optional<SymptomReport> findReport(UUID patientId, String idempotencyKey) {
        return em.createQuery("from SymptomReport where patientId = ?1 and idempotencyKey = ?2", SymptomReport.class)
                .setParameter(1, patientId).setParameter(2, idempotencyKey).getResultStream().findFirst();
    }

    public SymptomReport report(UUID patientId, UUID reportId) {
        return em.createQuery("from SymptomReport where id = ?1 and patientId = ?2", SymptomReport.class)
                .setParameter(1, reportId).setParameter(2, patientId).getResultStream().findFirst().orElse(null);
    }

    public List<SymptomReport> reports(UUID patientId) {
        return em.createQuery("from SymptomReport where patientId = ?1 order by createdAt desc", SymptomReport.class)
                .setParameter(1, patientId).setMaxResults(100).getResultList();
    }

    /**
     * Claims, in one statement, the open EMERGENCY and URGENT flags that waited too long for an
     * acknowledgement: each is marked escalated here, so it is returned once, whichever replica runs
     * the job and however often it restarts.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimOverdue(OffsetDateTime emergencyBefore, OffsetDateTime urgentBefore) {
        return em.createNativeQuery("""
                UPDATE flag SET escalated_at = now(), lock_version = lock_version + 1
                WHERE status = 'OPEN' AND escalated_at IS NULL
                  AND ((severity = 'EMERGENCY' AND created_at < :emergency) OR (severity = 'URGENT' AND created_at < :urgent))
                RETURNING id""", UUID.class)
                .setParameter("emergency", emergencyBefore).setParameter("urgent", urgentBefore)
                .getResultList();
    }
}
