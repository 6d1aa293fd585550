package dev.limber.program.repository;

import dev.limber.program.domain.PatientDay;
import dev.limber.program.domain.Flag;
import dev.limber.program.triage.Severity;
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

    /**
     * Unresolved flags per patient: how many, and the most urgent severity among them. The statuses are named
     * (not "not resolved") so flag_inbox_idx (clinic_id, status, ...) reads only unresolved flags, however many
     * resolved ones the clinic's history holds.
     */
    public Map<UUID, OpenFlags> openFlags(String clinicId, Collection<UUID> patientIds) {
        List<Object[]> rows = em.createQuery("""
                select f.patientId, f.severity, count(f) from Flag f
                where f.clinicId = ?1 and f.status in ?2 and f.patientId in ?3 group by f.patientId, f.severity""",
                Object[].class).setParameter(1, clinicId)
                .setParameter(2, List.of(Flag.Status.OPEN, Flag.Status.ACKNOWLEDGED))
                .setParameter(3, patientIds).getResultList();
        Map<UUID, OpenFlags> open = new HashMap<>();
        for (Object[] r : rows) {
            OpenFlags row = new OpenFlags((Long) r[2], Severity.valueOf((String) r[1]));
            open.merge((UUID) r[0], row, OpenFlags::plus);
        }
        return open;
    }

    /** How many unresolved flags a patient has and the most urgent of them. */
    public record OpenFlags(long count, Severity mostUrgent) {

        public static final OpenFlags NONE = new OpenFlags(0, null);

        OpenFlags plus(OpenFlags other) {
            return new OpenFlags(count + other.count, mostUrgent.compareTo(other.mostUrgent) <= 0 ? mostUrgent : other.mostUrgent);
        }
    }
}
