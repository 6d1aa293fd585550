package dev.limber.program.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.program.domain.Flag;
import dev.limber.program.domain.Patient;
import dev.limber.program.domain.SymptomReport;
import dev.limber.program.repository.FlagRepository;
import dev.limber.program.rest.ProblemException;
import dev.limber.program.rest.TriageView;
import dev.limber.program.triage.PatientFacts;
import dev.limber.program.triage.RedFlagRules;
import dev.limber.program.triage.SymptomAnswers;
import dev.limber.program.triage.Triage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A patient's symptom check-in: triaged by the red-flag rules, stored with its flag and actions in one
 * transaction, and answered at once with what the patient must do. A retry with the same
 * Idempotency-Key replays the first answer and raises nothing new.
 */
@ApplicationScoped
public class SymptomReportService {

    /** The stored answer and whether it was replayed. */
    public record Outcome(String body, boolean replayed) {
    }

    private final Access access;
    private final FlagRepository flags;
    private final FlagService flagService;
    private final ObjectMapper json;

    public SymptomReportService(Access access, FlagRepository flags, FlagService flagService, ObjectMapper json) {
        this.access = access;
        this.flags = flags;
        this.flagService = flagService;
        this.json = json;
    }

    @Transactional
    public Outcome report(Caller caller, UUID patientId, String key, SymptomAnswers answers, String freeText) {
        Patient patient = access.patient(caller, patientId);
        if (!caller.patient() || !caller.subject().equals(patient.subject)) {
            // Only the patient reports their own symptoms; anyone else is told the record does not exist.
            throw ProblemException.notFound("No patient with id " + patientId);
        }
        String hash = hash(answers, freeText);
        if (key != null) {
            var earlier = flags.findReport(patient.id, key);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(hash)) {
                    throw ProblemException.unprocessable(
                            "This Idempotency-Key was already used for a different report; use a new key");
                }
                return new Outcome(earlier.get().response, true);
            }
        }
        Triage triage = RedFlagRules.triage(answers,
                new PatientFacts(patient.birthYear, patient.painOnset, LocalDate.now(patient.zone())));
        SymptomReport report = new SymptomReport();
        report.id = UUID.randomUUID();
        report.clinicId = patient.clinicId;
        report.patientId = patient.id;
        report.answers = write(answers);
        report.currentPain = answers.currentPain();
        report.freeText = freeText;
        report.severity = triage.severity() == null ? null : triage.severity().name();
        report.idempotencyKey = key;
        report.requestHash = hash;
        report.createdAt = OffsetDateTime.now();
        report.response = "";
        flags.persistReport(report);
        FlagService.Raised raised = flagService.raise(patient, triage, Flag.Source.CHECK_IN, report.id, null,
                caller.subject());
        TriageView view = TriageView.of(report.id, triage, raised);
        report.response = write(view);
        return new Outcome(report.response, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SymptomReport> list(Caller caller, UUID patientId) {
        Patient patient = access.patient(caller, patientId);
        return flags.reports(patient.id);
    }

    /** The answer a check-in was given (as stored when it was triaged); 404 unless the report is the patient's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String triage(Caller caller, UUID patientId, UUID reportId) {
        Patient patient = access.patient(caller, patientId);
        SymptomReport report = flags.report(patient.id, reportId);
        if (report == null || report.response == null || report.response.isEmpty()) {
            throw ProblemException.notFound("No symptom report with id " + reportId);
        }
        return report.response;
    }

    private String hash(SymptomAnswers answers, String freeText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((write(answers) + "\u0000" + freeText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
