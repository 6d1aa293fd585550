package dev.limber.program.repository;

import dev.limber.program.domain.Patient;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Patients; every query names the clinic. */
@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    public Optional<Patient> findInClinic(String clinicId, UUID id) {
        return find("id = ?1 and clinicId = ?2", id, clinicId).firstResultOptional();
    }

    public Optional<Patient> findBySubject(String clinicId, String subject) {
        return find("subject = ?1 and clinicId = ?2", subject, clinicId).firstResultOptional();
    }

    public boolean subjectTaken(String subject) {
        return count("subject", subject) > 0;
    }

    public List<Patient> listInClinic(String clinicId) {
        return list("clinicId = ?1 order by displayName, id", clinicId);
    }
}
