package dev.limber.program.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.program.config.ProgramConfig;
import dev.limber.program.domain.Completion;
import dev.limber.program.domain.Flag;
import dev.limber.program.domain.Patient;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.domain.SessionItem;
import dev.limber.program.domain.SessionLog;
import dev.limber.program.repository.SessionRepository;
import dev.limber.program.rest.Problem;
import dev.limber.program.rest.ProblemException;
import dev.limber.program.rest.SessionInput;
import dev.limber.program.rest.SessionItemInput;
import dev.limber.program.rest.SessionView;
import dev.limber.program.triage.PainMonitoringRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
    private final Access access;
    private final ObjectMapper json;
    private final ProgramConfig config;
    private final FlagService flags;

    public SessionService(SessionRepository sessions, Access access, ObjectMapper json, ProgramConfig config,
            FlagService flags) {
        this.sessions = sessions;
        this.access = access;
        this.json = json;
        this.config = config;
        this.flags = flags;
    }

    @Transactional
    public Outcome log(Caller caller, UUID programId, String key, SessionInput input) {
        Patient patient = access.self(caller).orElseThrow(() -> Access.programNotFound(programId));
        Program program = access.program(caller, programId);
        String hash = hash(input);
        var earlier = sessions.findKey(patient.id, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        if (program.status != ProgramStatus.ACTIVE) {
            throw ProblemException.conflict("Program " + programId + " is " + program.status.name().toLowerCase()
                    + "; sessions can be logged only while it is active");
        }
        Instant performedAt = SessionTiming.parse(input.performedAt(), patient.zone()).orElseThrow(
                () -> ProblemException.invalid("performedAt", "must be a date-time such as 2026-03-02T07:30"));
        String late = SessionTiming.check(performedAt, Instant.now(), config.sessions().maxDaysLate(),
                config.sessions().clockSkew());
        if (late != null) {
            throw ProblemException.invalid("performedAt", late);
        }
        Map<UUID, Boolean> perSide = new LinkedHashMap<>();
        program.currentItems().forEach(i -> perSide.put(i.id, i.perSide));
        List<SessionItem> items = items(input.items(), perSide);

        SessionLog s = new SessionLog();
        s.id = UUID.randomUUID();
        s.clinicId = patient.clinicId;
        s.patientId = patient.id;
        s.programId = program.id;
        s.programRevision = program.revision;
        s.performedAt = performedAt.atOffset(ZoneOffset.UTC);
        s.localDay = AdherenceCalculator.localDay(performedAt, patient.zone());
        s.completion = SessionCompletion.of(perSide, items);
        s.items = items;
        s.painBefore = input.painBefore();
        s.painAfter = input.painAfter();
        s.painDuring = input.painDuring();
        s.difficulty = input.difficulty();
        s.note = input.note();
        s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        String body = write(SessionView.of(s, patient.zone()));
        if (!sessions.claimKey(patient.id, key, hash, s.id, body)) {
            return replay(sessions.findKey(patient.id, key).orElseThrow(), hash);
        }
        SessionLog previous = sessions.latestBefore(patient.id, s.performedAt).orElse(null);
        sessions.persist(s);
        sessions.recordActivity(patient.id, s.localDay, s.completion == Completion.FULL,
                s.completion == Completion.PARTIAL, s.painBefore, s.performedAt);
        // Pain-monitoring signals become REVIEW flags in the same transaction as the session.
        PainMonitoringRules.SessionHistory history = new PainMonitoringRules.SessionHistory(pain(s),
                previous == null ? List.of() : List.of(pain(previous)), patient.baselinePain);
        flags.raise(patient, PainMonitoringRules.afterSession(history), Flag.Source.SESSION, null, s.id,
                caller.subject());
        return new Outcome(s.id, body, false);
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
