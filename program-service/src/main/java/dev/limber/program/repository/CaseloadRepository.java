package dev.limber.program.repository;

import dev.limber.program.domain.PatientDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bounded reads behind the caseload: recent day tallies and open flag counts, for many patients at once. */
@ApplicationScoped
public class CaseloadRepository {

    private final EntityManager em;

    public CaseloadRepository(EntityManager em) {
        this.em = em;
    }

    /** Day tallies since {@code from}; served by the (patient_id, day) primary key, whatever the history length. */
    public List<PatientDay> daysSince(Collection<UUID> patientIds, LocalDate from) {
        return em.createQuery("from PatientDay d where d.key.patientId in ?1 and d.key.day >= ?2", PatientDay.class)
                .setParameter(1, patientIds).setParameter(2, from).getResultList();
    }

    public Map<UUID, Long> openFlags(String clinicId, Collection<UUID> patientIds) {
        List<Object[]> rows = em.createQuery("""
                select f.patientId, count(f) from Flag f
                where f.clinicId = ?1 and f.status = 'OPEN' and f.patientId in ?2 group by f.patientId""",
                Object[].class).setParameter(1, clinicId).setParameter(2, patientIds).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }
}
