package dev.limber.program.service;

import dev.limber.program.domain.Patient;
import dev.limber.program.repository.PatientRepository;
import dev.limber.program.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Registers patients in the caller's clinic and finds them within the caller's scope. */
@ApplicationScoped
public class PatientService {

    /** A validated new patient. */
    public record PatientDraft(String subject, String displayName, int birthYear, String conditionSummary,
            LocalDate painOnset, int baselinePain, String timeZone, String therapist) {
    }

    private final PatientRepository patients;
    private final Access access;

    public PatientService(PatientRepository patients, Access access) {
        this.patients = patients;
        this.access = access;
    }

    @Transactional
    public Patient create(Caller caller, PatientDraft draft) {
        String therapist = draft.therapist() == null ? caller.subject() : draft.therapist();
        if (!caller.clinicAdmin() && !therapist.equals(caller.subject())) {
            throw ProblemException.invalid("therapist", "only a clinic admin can assign another therapist");
        }
        if (draft.subject() != null && patients.subjectTaken(draft.subject())) {
            throw ProblemException.conflict("This user account is already linked to a patient");
        }
        Patient p = new Patient();
        p.id = UUID.randomUUID();
        p.clinicId = caller.clinicId();
        p.subject = draft.subject();
        p.displayName = draft.displayName().strip();
        p.birthYear = draft.birthYear();
        p.conditionSummary = draft.conditionSummary();
        p.painOnset = draft.painOnset();
        p.baselinePain = draft.baselinePain();
        p.timeZone = draft.timeZone();
        p.therapistSubject = therapist;
        p.createdAt = OffsetDateTime.now();
        p.createdBy = caller.subject();
        patients.persist(p);
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Patient> list(Caller caller) {
        return patients.listInClinic(caller.clinicId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Patient get(Caller caller, UUID id) {
        return access.patient(caller, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Patient me(Caller caller) {
        return access.self(caller).orElseThrow(
                () -> ProblemException.notFound("Your account is not linked to a patient record in this clinic"));
    }
}
