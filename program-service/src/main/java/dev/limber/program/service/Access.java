package dev.limber.program.service;

import dev.limber.program.domain.Patient;
import dev.limber.program.domain.Program;
import dev.limber.program.repository.PatientRepository;
import dev.limber.program.repository.ProgramRepository;
import dev.limber.program.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The scope rules: staff see their clinic, a patient only their own record. Anything outside the caller's scope
 * is reported exactly like a missing record (404), so ids cannot be probed.
 */
@ApplicationScoped
public class Access {

    private final PatientRepository patients;
    private final ProgramRepository programs;

    public Access(PatientRepository patients, ProgramRepository programs) {
        this.patients = patients;
        this.programs = programs;
    }

    public Patient patient(Caller caller, UUID id) {
        Optional<Patient> found = patients.findInClinic(caller.clinicId(), id);
        if (!caller.staff()) {
            found = found.filter(p -> caller.subject().equals(p.subject));
        }
        return found.orElseThrow(() -> patientNotFound(id));
    }

    public Program program(Caller caller, UUID id) {
        Program program = programs.findInClinic(caller.clinicId(), id).orElseThrow(() -> programNotFound(id));
        requireOwn(caller, program);
        return program;
    }

    public Program programForUpdate(Caller caller, UUID id) {
        Program program = programs.findInClinicForUpdate(caller.clinicId(), id).orElseThrow(() -> programNotFound(id));
        requireOwn(caller, program);
        // Loaded inside the transaction: the caller renders the items after it ends.
        program.items.size();
        return program;
    }

    /** The patient record of a caller with the patient role. */
    public Optional<Patient> self(Caller caller) {
        return patients.findBySubject(caller.clinicId(), caller.subject());
    }

    private void requireOwn(Caller caller, Program program) {
        if (caller.staff()) {
            return;
        }
        boolean own = self(caller).map(p -> p.id.equals(program.patientId)).orElse(false);
        if (!own) {
            throw programNotFound(program.id);
        }
    }

    static ProblemException patientNotFound(UUID id) {
        return ProblemException.notFound("No patient with id " + id);
    }

    static ProblemException programNotFound(UUID id) {
        return ProblemException.notFound("No program with id " + id);
    }
}
