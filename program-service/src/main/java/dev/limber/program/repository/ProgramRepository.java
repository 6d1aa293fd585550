package dev.limber.program.repository;

import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramPause;
import dev.limber.program.domain.ProgramRevision;
import dev.limber.program.domain.ProgramStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Programs with their items, pauses and revision history; every lookup names the clinic. */
@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    private final EntityManager em;

    public ProgramRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Program> findInClinic(String clinicId, UUID id) {
        return find("select distinct p from Program p left join fetch p.items where p.id = ?1 and p.clinicId = ?2",
                id, clinicId).singleResultOptional();
    }

    /** Loads a program holding its row lock, so edits and status changes run one after the other. */
    public Optional<Program> findInClinicForUpdate(String clinicId, UUID id) {
        return find("id = ?1 and clinicId = ?2", id, clinicId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Program> listForPatient(UUID patientId) {
        return list("select distinct p from Program p left join fetch p.items where p.patientId = ?1 "
                + "order by p.createdAt desc", patientId);
    }

    public List<Program> active() {
        return list("status", ProgramStatus.ACTIVE);
    }

    public boolean hasOtherActive(UUID patientId, UUID programId) {
        return count("patientId = ?1 and status = ?2 and id <> ?3", patientId, ProgramStatus.ACTIVE, programId) > 0;
    }

    /** The program adherence reports on: the active one, else paused, else the latest completed. */
    public Optional<Program> current(UUID patientId) {
        return list("patientId = ?1 and status <> ?2 order by updatedAt desc", patientId, ProgramStatus.DRAFT)
                .stream().min(java.util.Comparator.comparingInt((Program p) -> switch (p.status) {
                    case ACTIVE -> 0;
                    case PAUSED -> 1;
                    default -> 2;
                }));
    }

    public List<ProgramRevision> revisions(UUID programId) {
        return em.createQuery("from ProgramRevision where programId = ?1 order by revision", ProgramRevision.class)
                .setParameter(1, programId).getResultList();
    }

    public List<ProgramPause> pauses(UUID programId) {
        return em.createQuery("from ProgramPause where programId = ?1 order by startedAt", ProgramPause.class)
                .setParameter(1, programId).getResultList();
    }

    public void persistRevision(ProgramRevision revision) {
        em.persist(revision);
    }

    public void persistPause(ProgramPause pause) {
        em.persist(pause);
    }
}
