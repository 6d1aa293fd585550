package dev.limber.program.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.program.config.ProgramConfig;
import dev.limber.program.domain.Flag;
import dev.limber.program.domain.Patient;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.domain.SessionItem;
import dev.limber.program.domain.SessionLog;
import dev.limber.program.repository.PatientRepository;
import dev.limber.program.repository.SessionRepository;
import dev.limber.program.rest.Problem;
import dev.limber.program.rest.ProblemException;
import dev.limber.program.rest.SessionInput;
import dev.limber.program.rest.SessionItemInput;
import dev.limber.program.rest.SessionView;
import dev.limber.program.triage.PainMonitoringRules;
import dev.limber.program.triage.Triage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Logs sessions exactly once per Idempotency-Key: the key, the session and the day tally are written in one
 * transaction; a repeat with the same body replays the stored response, a different body is refused (422).
 */
@ApplicationScoped
public class SessionService {

    /**
     * The response body (JSON) to give and whether it replays an earlier one; a replay gives the stored bytes
     * unchanged, so it is exactly the original response.
     */
    public record Outcome(UUID sessionId, String body, boolean replayed) {
    }

    private final SessionRepository sessions;
    private final PatientRepository patients;
    private final Access access;
    private final ObjectMapper json;
    private final ProgramConfig config;
    private final FlagService flags;

    public SessionService(SessionRepository sessions, PatientRepository patients, Access access, ObjectMapper json,
            ProgramConfig config, FlagService flags) {
        this.sessions = sessions;
        this.patients = patients;
        this.access = access;
        this.json = json;
        this.config = config;
        this.flags = flags;
    }

    /**
     * Claims the key first and reads the stored response only when the claim fails (a retry): a new session costs
     * one read (patient, program and items together), the claim with the day tally, the previous session's pain and
     * the insert.
     */
    @Transactional
    public Outcome log(Caller caller, UUID programId, String key, SessionInput input) {
        SessionRepository.LoggingContext context = sessions.loggingContext(caller.clinicId(), caller.subject(),
                programId).orElseThrow(() -> Access.programNotFound(programId));
        String hash = hash(input);
        SessionLog s;
        try {
            s = session(caller.clinicId(), context, programId, input);
        } catch (ProblemException refused) {
            // A retry of a session logged earlier replays it even if it would be refused now (program paused
            // since, or the session now more than a week old); a key never used gets the refusal.
            SessionRepository.StoredKey earlier = sessions.findKey(context.patientId(), key).orElseThrow(() -> refused);
            return replay(earlier, hash);
        }
        String body = write(SessionView.of(s, context.zone()));
        if (!sessions.claim(key, hash, body, s)) {
            return replay(sessions.findKey(context.patientId(), key).orElseThrow(), hash);
        }
        var previous = sessions.previousPain(context.patientId(), s.performedAt);
        sessions.persist(s);
        // Pain-monitoring signals become REVIEW flags in the same transaction as the session.
        Triage triage = PainMonitoringRules.afterSession(new PainMonitoringRules.SessionHistory(pain(s),
                previous.map(List::of).orElse(List.of()), context.baselinePain()));
        if (triage.flagged()) {
            flags.raise(patients.findById(context.patientId()), triage, Flag.Source.SESSION, null, s.id,
                    caller.subject());
        }
        return new Outcome(s.id, body, false);
    }

    /** The session to store, or the refusal: program not active (409), performedAt or items invalid (400). */
    private SessionLog session(String clinicId, SessionRepository.LoggingContext context, UUID programId,
            SessionInput input) {
        if (context.status() != ProgramStatus.ACTIVE) {
            throw ProblemException.conflict("Program " + programId + " is " + context.status().name().toLowerCase()
                    + "; sessions can be logged only while it is active");
        }
        ZoneId zone = context.zone();
        Instant performedAt = SessionTiming.parse(input.performedAt(), zone).orElseThrow(
                () -> ProblemException.invalid("performedAt", "must be a date-time such as 2026-03-02T07:30"));
        String late = SessionTiming.check(performedAt, Instant.now(), config.sessions().maxDaysLate(),
                config.sessions().clockSkew());
        if (late != null) {
            throw ProblemException.invalid("performedAt", late);
        }
        List<SessionItem> items = items(input.items(), context.perSide());

        SessionLog s = new SessionLog();
        s.id = UUID.randomUUID();
        s.clinicId = clinicId;
        s.patientId = context.patientId();
        s.programId = programId;
        s.programRevision = context.revision();
        s.performedAt = performedAt.atOffset(ZoneOffset.UTC);
        s.localDay = AdherenceCalculator.localDay(performedAt, zone);
        s.completion = SessionCompletion.of(context.perSide(), items);
        s.items = items;
        s.painBefore = input.painBefore();
        s.painAfter = input.painAfter();
        s.painDuring = input.painDuring();
        s.difficulty = input.difficulty();
        s.note = input.note();
        s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> list(Caller caller, UUID programId) {
        Program program = access.program(caller, programId);
        Patient patient = access.patient(caller, program.patientId);
        return sessions.forProgram(program.id).stream().map(s -> SessionView.of(s, patient.zone())).toList();
    }

    private static PainMonitoringRules.SessionPain pain(SessionLog s) {
        return new PainMonitoringRules.SessionPain(s.painBefore, s.painAfter, s.painDuring);
    }

    private Outcome replay(SessionRepository.StoredKey stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw ProblemException.unprocessable(
                    "This Idempotency-Key was already used for a different session; use a new key for a new session");
        }
        return new Outcome(stored.sessionId(), stored.response(), true);
    }

    private static List<SessionItem> items(List<SessionItemInput> input, Map<UUID, Boolean> perSide) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<SessionItem> items = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            SessionItemInput in = input.get(i);
            String field = "items[" + i + "]";
            if (!perSide.containsKey(in.itemId())) {
                errors.add(new Problem.FieldError(field + ".itemId", "is not an item of this program"));
                continue;
            }
            if (!seen.add(in.itemId())) {
                errors.add(new Problem.FieldError(field + ".itemId", "is listed twice"));
                continue;
            }
            boolean sided = perSide.get(in.itemId());
            if (sided && in.done() && in.sidesDone() == null) {
                errors.add(new Problem.FieldError(field + ".sidesDone", "is required for a per-side exercise: LEFT, RIGHT or BOTH"));
            } else if (!sided && in.sidesDone() != null) {
                errors.add(new Problem.FieldError(field + ".sidesDone", "applies only to per-side exercises"));
            }
            items.add(new SessionItem(in.itemId(), in.done(), in.done() ? in.sidesDone() : null,
                    in.actualHoldSeconds(), in.actualReps()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid input",
                    errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).get(),
                    errors);
        }
        return items;
    }

    private String hash(SessionInput input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(input).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(SessionView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
