package dev.limber.program.service;

import dev.limber.program.domain.Flag;
import dev.limber.program.domain.FlagEvent;
import dev.limber.program.domain.Patient;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramItem;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.repository.FlagRepository;
import dev.limber.program.repository.ProgramRepository;
import dev.limber.program.rest.ProblemException;
import dev.limber.program.triage.Severity;
import dev.limber.program.triage.Triage;
import dev.limber.program.triage.TriageAction;
import dev.limber.program.triage.TriageRule;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Raises flags from a triage and carries out its actions in the same transaction (pause the program,
 * hold contraindicated items, queue alerts); then lets clinicians acknowledge and resolve them, each
 * change audited.
 */
@ApplicationScoped
public class FlagService {

    /** What was done at once, as the patient's response and the flag's audit report it. */
    public record Raised(Flag flag, List<String> actionsTaken) {
    }

    static final String RADIATING_LEG_PAIN = "radiating-leg-pain";
    static final String HOLD_REASON = "On hold until your therapist checks it: it stretches the back of the leg, "
            + "which can irritate a nerve.";

    private final FlagRepository flags;
    private final ProgramRepository programs;
    private final ProgramService programService;
    private final AlertOutbox alerts;

    public FlagService(FlagRepository flags, ProgramRepository programs, ProgramService programService,
            AlertOutbox alerts) {
        this.flags = flags;
        this.programs = programs;
        this.programService = programService;
        this.alerts = alerts;
    }

    /**
     * Raises a flag for the rules of {@code triage} not already on an unresolved flag of the patient (a
     * repeated symptom does not flood the inbox), and takes the triage's actions. Call inside the
     * transaction that stores what triggered it.
     */
    public Raised raise(Patient patient, Triage triage, Flag.Source source, UUID reportId, UUID sessionId, String actor) {
        if (!triage.flagged()) {
            return new Raised(null, List.of());
        }
        Set<String> alreadyOpen = flags.unresolvedRuleIds(patient.id);
        List<TriageRule.FiredRule> fresh = triage.fired().stream().filter(r -> !alreadyOpen.contains(r.id())).toList();
        List<String> actions = new ArrayList<>();
        Program program = programs.current(patient.id).orElse(null);
        if (triage.actions().contains(TriageAction.PAUSE_PROGRAM) && program != null
                && program.status == ProgramStatus.ACTIVE) {
            programService.suspend(program, actor);
            actions.add("PROGRAM_PAUSED");
        }
        if (fresh.isEmpty()) {
            return new Raised(null, actions);
        }
        Flag flag = new Flag();
        flag.id = UUID.randomUUID();
        flag.clinicId = patient.clinicId;
        flag.patientId = patient.id;
        flag.severity = fresh.get(0).severity().name();
        flag.status = Flag.Status.OPEN;
        flag.source = source;
        flag.rules = fresh.stream().map(r -> new Flag.FiredRule(r.id(), r.severity().name(), r.explanation())).toList();
        flag.rulesVersion = triage.rulesVersion();
        flag.symptomReportId = reportId;
        flag.sessionId = sessionId;
        flag.createdAt = OffsetDateTime.now();
        flags.persist(flag);
        flags.persistEvent(FlagEvent.of(flag.id, actor, "CREATED", flag.severity + " from " + source + " ("
                + String.join(", ", fresh.stream().map(TriageRule.FiredRule::id).toList()) + ")"));

        if (fresh.stream().anyMatch(r -> r.actions().contains(TriageAction.HOLD_RADIATING_LEG_PAIN_ITEMS))
                && program != null) {
            int held = hold(program, flag);
            if (held > 0) {
                actions.add("ITEMS_ON_HOLD:" + held);
            }
        }
        Severity severity = Severity.valueOf(flag.severity);
        if (severity == Severity.EMERGENCY || severity == Severity.URGENT) {
            alerts.alert(flag, patient, severity == Severity.EMERGENCY);
            actions.add(severity == Severity.EMERGENCY ? "THERAPIST_AND_ADMINS_ALERTED" : "THERAPIST_ALERTED");
        }
        return new Raised(flag, actions);
    }

    private int hold(Program program, Flag flag) {
        int held = 0;
        for (ProgramItem item : program.currentItems()) {
            if (item.heldByFlag == null && item.contraindications.contains(RADIATING_LEG_PAIN)) {
                item.heldByFlag = flag.id;
                item.holdReason = HOLD_REASON;
                held++;
            }
        }
        return held;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Flag> inbox(Caller caller, FlagRepository.Filter filter, int limit) {
        staffOnly(caller);
        return flags.inbox(caller.clinicId(), filter, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Flag get(Caller caller, UUID id) {
        staffOnly(caller);
        return flags.findInClinic(caller.clinicId(), id).orElseThrow(() -> notFound(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FlagEvent> events(Flag flag) {
        return flags.events(flag.id);
    }

    /** Acknowledging an acknowledged flag is a no-op; a resolved one cannot be acknowledged (409). */
    @Transactional
    public Flag acknowledge(Caller caller, UUID id) {
        Flag flag = get(caller, id);
        if (flag.status == Flag.Status.RESOLVED) {
            throw ProblemException.conflict("Flag " + id + " is already resolved");
        }
        if (flag.status == Flag.Status.OPEN) {
            flag.status = Flag.Status.ACKNOWLEDGED;
            flag.acknowledgedAt = OffsetDateTime.now();
            flag.acknowledgedBy = caller.subject();
            flags.persistEvent(FlagEvent.of(flag.id, caller.subject(), "ACKNOWLEDGED", null));
        }
        flags.flush();
        return flag;
    }

    /**
     * Resolves with an outcome and a note. "Program continued" releases the items this flag put on hold;
     * other outcomes leave the program for the therapist to edit.
     */
    @Transactional
    public Flag resolve(Caller caller, UUID id, Flag.Outcome outcome, String note, Long expectedVersion) {
        Flag flag = get(caller, id);
        if (expectedVersion != null && expectedVersion != flag.lockVersion) {
            throw ProblemException.conflict("Flag " + id + " was changed by someone else; reload it");
        }
        if (flag.status == Flag.Status.RESOLVED) {
            throw ProblemException.conflict("Flag " + id + " is already resolved");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (flag.acknowledgedAt == null) {
            flag.acknowledgedAt = now;
            flag.acknowledgedBy = caller.subject();
        }
        flag.status = Flag.Status.RESOLVED;
        flag.resolvedAt = now;
        flag.resolvedBy = caller.subject();
        flag.outcome = outcome;
        flag.resolutionNote = note;
        if (outcome == Flag.Outcome.PROGRAM_CONTINUED) {
            programs.current(flag.patientId).ifPresent(p -> p.currentItems().stream()
                    .filter(i -> flag.id.equals(i.heldByFlag)).forEach(i -> {
                        i.heldByFlag = null;
                        i.holdReason = null;
                    }));
        }
        flags.persistEvent(FlagEvent.of(flag.id, caller.subject(), "RESOLVED", outcome.name()));
        flags.flush();
        return flag;
    }

    private static void staffOnly(Caller caller) {
        if (!caller.staff()) {
            throw new ForbiddenException("Only clinicians handle flags");
        }
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No flag with id " + id);
    }
}
