package dev.limber.program.service;

import dev.limber.program.config.ProgramConfig;
import dev.limber.program.domain.Flag;
import dev.limber.program.domain.FlagEvent;
import dev.limber.program.domain.Patient;
import dev.limber.program.domain.Program;
import dev.limber.program.repository.FlagRepository;
import dev.limber.program.repository.PatientRepository;
import dev.limber.program.repository.ProgramRepository;
import dev.limber.program.triage.PainMonitoringRules;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The scheduled side of red flags. Both jobs work from the database alone, so they survive restarts
 * and run safely on several replicas: escalation claims each overdue flag in one conditional update
 * (it can fire only once), and the adherence check skips patients who already have an open adherence flag.
 */
@ApplicationScoped
public class FlagJobs {

    private static final Logger LOG = Logger.getLogger(FlagJobs.class);

    private final FlagRepository flags;
    private final PatientRepository patients;
    private final ProgramRepository programs;
    private final FlagService flagService;
    private final AlertOutbox alerts;
    private final ProgramConfig config;

    public FlagJobs(FlagRepository flags, PatientRepository patients, ProgramRepository programs,
            FlagService flagService, AlertOutbox alerts, ProgramConfig config) {
        this.flags = flags;
        this.patients = patients;
        this.programs = programs;
        this.flagService = flagService;
        this.alerts = alerts;
        this.config = config;
    }

    @Scheduled(every = "${limber.program.flags.escalation-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalationTick() {
        escalateOverdue();
    }

    @Scheduled(every = "${limber.program.flags.adherence-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void adherenceTick() {
        flagMissingSessions();
    }

    /** Escalates every EMERGENCY or URGENT flag left unacknowledged past its deadline; returns how many. */
    @Transactional
    public int escalateOverdue() {
        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> overdue = flags.claimOverdue(now.minus(config.flags().emergencyAcknowledgeWithin()),
                now.minus(config.flags().urgentAcknowledgeWithin()));
        for (UUID id : overdue) {
            Flag flag = flags.findById(id);
            Patient patient = patients.findById(flag.patientId);
            alerts.escalate(flag, patient);
            flags.persistEvent(FlagEvent.of(id, FlagEvent.SYSTEM, "ESCALATED", "not acknowledged in time"));
            LOG.infof("Flag %s escalated to the clinic admins", id);
        }
        return overdue.size();
    }

    /** Raises an ADHERENCE flag for each active program without a session for a week; returns how many. */
    @Transactional
    public int flagMissingSessions() {
        int raised = 0;
        for (Program program : programs.active()) {
            Patient patient = patients.findById(program.patientId);
            LocalDate today = LocalDate.now(patient.zone());
            OffsetDateTime since = patient.lastSessionAt != null && program.activatedAt != null
                    && patient.lastSessionAt.isAfter(program.activatedAt) ? patient.lastSessionAt : program.activatedAt;
            if (since == null) {
                continue;
            }
            var triage = PainMonitoringRules.adherence(since.atZoneSameInstant(patient.zone()).toLocalDate(), today);
            if (flagService.raise(patient, triage, Flag.Source.SCHEDULE, null, null, FlagEvent.SYSTEM).flag() != null) {
                raised++;
            }
        }
        return raised;
    }
}
