package dev.limber.program.service;

import dev.limber.program.domain.Patient;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramPause;
import dev.limber.program.domain.ProgramRevision;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.repository.ProgramRepository;
import dev.limber.program.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Programs: creation (draft), edits (in place for a draft, revision n+1 with an audit row once active),
 * status transitions and pauses. Catalog reads happen before, in {@link ItemResolver}, outside any transaction.
 */
@ApplicationScoped
public class ProgramService {

    private static final Logger LOG = Logger.getLogger(ProgramService.class);

    private final ProgramRepository programs;
    private final Access access;

    public ProgramService(ProgramRepository programs, Access access) {
        this.programs = programs;
        this.access = access;
    }

    @Transactional
    public Program create(Caller caller, UUID patientId, String title, ScheduleDraft schedule, List<ItemDraft> items) {
        Patient patient = access.patient(caller, patientId);
        OffsetDateTime now = OffsetDateTime.now();
        Program p = new Program();
        p.id = UUID.randomUUID();
        p.clinicId = patient.clinicId;
        p.patientId = patient.id;
        p.status = ProgramStatus.DRAFT;
        p.revision = 1;
        p.createdAt = now;
        p.createdBy = caller.subject();
        apply(p, title, schedule, caller, now);
        ProgramEdits.replaceItems(p, items, 1, now, true);
        programs.persist(p);
        programs.persistRevision(revisionRow(p, caller, now, ProgramEdits.created(p)));
        LOG.infof("Program %s created for patient %s", p.id, p.patientId);
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Program get(Caller caller, UUID id) {
        return access.program(caller, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Program> forPatient(Caller caller, UUID patientId) {
        return programs.listForPatient(access.patient(caller, patientId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramRevision> revisions(Caller caller, UUID id) {
        return programs.revisions(access.program(caller, id).id);
    }

    /** Edits a program; {@code revision} (and {@code version}, when given) must still be the current ones. */
    @Transactional
    public Program revise(Caller caller, UUID id, int revision, Long version, String title, ScheduleDraft schedule,
            List<ItemDraft> items) {
        Program p = access.programForUpdate(caller, id);
        if (p.status == ProgramStatus.COMPLETED) {
            throw ProblemException.conflict("Program " + id + " is completed and can no longer be edited");
        }
        if (p.revision != revision || (version != null && p.lockVersion != version)) {
            throw ProblemException.conflict("Revision " + revision + " of program " + id
                    + " is no longer the current one (now " + p.revision + "); reload it and apply your edit again");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (p.status == ProgramStatus.DRAFT) {
            apply(p, title, schedule, caller, now);
            ProgramEdits.replaceItems(p, items, p.revision, now, true);
            programs.revisions(p.id).stream().filter(r -> r.revision == p.revision).forEach(r -> {
                r.sessionsPerDay = p.sessionsPerDay;
                r.scheduledDays = p.scheduledDays;
            });
        } else {
            ProgramRevision.Summary summary = ProgramEdits.diff(p, title, schedule, items);
            p.revision++;
            apply(p, title, schedule, caller, now);
            ProgramEdits.replaceItems(p, items, p.revision, now, false);
            programs.persistRevision(revisionRow(p, caller, now, summary));
        }
        programs.flush();
        LOG.infof("Program %s edited, revision %d", p.id, p.revision);
        return p;
    }

    @Transactional
    public Program activate(Caller caller, UUID id) {
        Program p = access.programForUpdate(caller, id);
        OffsetDateTime now = OffsetDateTime.now();
        if (p.status == ProgramStatus.PAUSED) {
            endPause(p, now);
        } else if (p.status != ProgramStatus.DRAFT) {
            throw transition("activate", p);
        }
        if (programs.hasOtherActive(p.patientId, p.id)) {
            throw ProblemException.conflict("This patient already has an active program; pause or complete it first");
        }
        p.status = ProgramStatus.ACTIVE;
        if (p.activatedAt == null) {
            p.activatedAt = now;
        }
        touch(p, caller, now);
        try {
            programs.flush();
        } catch (PersistenceException e) {
            // The partial unique index caught a concurrent activation of another program.
            throw ProblemException.conflict("This patient already has an active program; pause or complete it first");
        }
        return p;
    }

    @Transactional
    public Program pause(Caller caller, UUID id) {
        Program p = access.programForUpdate(caller, id);
        if (p.status != ProgramStatus.ACTIVE) {
            throw transition("pause", p);
        }
        suspend(p, caller.subject());
        programs.flush();
        return p;
    }

    /**
     * Pauses an active program in the caller's transaction, recording the pause interval so the paused days
     * are not counted as missed. Used by the pause endpoint and by red-flag triage (emergencies).
     */
    public void suspend(Program p, String by) {
        OffsetDateTime now = OffsetDateTime.now();
        ProgramPause pause = new ProgramPause();
        pause.id = UUID.randomUUID();
        pause.programId = p.id;
        pause.startedAt = now;
        pause.startedBy = by;
        programs.persistPause(pause);
        p.status = ProgramStatus.PAUSED;
        p.updatedAt = now;
        p.updatedBy = by;
    }

    @Transactional
    public Program complete(Caller caller, UUID id) {
        Program p = access.programForUpdate(caller, id);
        if (p.status != ProgramStatus.ACTIVE && p.status != ProgramStatus.PAUSED) {
            throw transition("complete", p);
        }
        OffsetDateTime now = OffsetDateTime.now();
        endPause(p, now);
        p.status = ProgramStatus.COMPLETED;
        p.completedAt = now;
        touch(p, caller, now);
        programs.flush();
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramPause> pauses(Program p) {
        return programs.pauses(p.id);
    }

    private void endPause(Program p, OffsetDateTime now) {
        programs.pauses(p.id).stream().filter(x -> x.endedAt == null).forEach(x -> x.endedAt = now);
    }

    private static ProblemException transition(String action, Program p) {
        String allowed = switch (action) {
            case "activate" -> "only a draft or a paused program can be activated";
            case "pause" -> "only an active program can be paused";
            default -> "only an active or paused program can be completed";
        };
        return ProblemException.conflict("Cannot " + action + " program " + p.id + ": it is "
                + p.status.name().toLowerCase() + "; " + allowed);
    }

    private static void apply(Program p, String title, ScheduleDraft s, Caller caller, OffsetDateTime now) {
        p.title = title.strip();
        p.sessionsPerDay = s.sessionsPerDay();
        p.daysPerWeek = s.daysPerWeek();
        p.scheduledDays = Program.formatDays(s.weekdays());
        p.startDate = s.startDate();
        p.reviewDate = s.reviewDate();
        p.endDate = s.endDate();
        touch(p, caller, now);
    }

    private static void touch(Program p, Caller caller, OffsetDateTime now) {
        p.updatedAt = now;
        p.updatedBy = caller.subject();
    }

    private static ProgramRevision revisionRow(Program p, Caller caller, OffsetDateTime now,
            ProgramRevision.Summary summary) {
        ProgramRevision r = new ProgramRevision();
        r.id = UUID.randomUUID();
        r.programId = p.id;
        r.revision = p.revision;
        r.changedAt = now;
        r.changedBy = caller.subject();
        r.summary = summary;
        r.sessionsPerDay = p.sessionsPerDay;
        r.scheduledDays = p.scheduledDays;
        return r;
    }
}
