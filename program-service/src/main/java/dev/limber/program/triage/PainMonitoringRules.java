package dev.limber.program.triage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Signals read from logged sessions, following the pain-monitoring model physiotherapists use
 * (Silbernagel et al. 2007): pain during exercise up to 5/10 is acceptable, and pain provoked by a
 * session should settle by the next one. Sources and thresholds: docs/clinical-rules.md.
 */
public final class PainMonitoringRules {

    public static final String VERSION = "pain-monitoring-2026.11-1";

    static final int ACCEPTABLE_PAIN_DURING = 5;
    static final int WORSENING_POINTS = 2;
    static final int DAYS_WITHOUT_SESSION = 7;

    /** The pain scores of one logged session (0-10). */
    public record SessionPain(Integer before, Integer after, Integer during) {

        Integer worst() {
            Integer worst = before;
            if (after != null && (worst == null || after > worst)) {
                worst = after;
            }
            return worst;
        }
    }

    /** The new session, the sessions before it (newest last) and the patient's baseline pain. */
    public record SessionHistory(SessionPain latest, List<SessionPain> earlier, Integer baselinePain) {

        SessionPain previous() {
            return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        }
    }

    static final List<TriageRule<SessionHistory>> RULES = List.of(
            new TriageRule<>("pain-during-above-5", Severity.REVIEW, Set.of(),
                    "Pain during the hardest exercise was above 5 out of 10",
                    "Pain-monitoring model (Silbernagel et al. 2007)",
                    h -> h.latest().during() != null && h.latest().during() > ACCEPTABLE_PAIN_DURING),
            new TriageRule<>("pain-not-settling", Severity.REVIEW, Set.of(),
                    "Pain raised by the last session had not settled by the start of this one",
                    "Pain-monitoring model (Silbernagel et al. 2007)",
                    PainMonitoringRules::notSettling),
            new TriageRule<>("pain-above-baseline", Severity.REVIEW, Set.of(),
                    "Pain 2 or more points above the patient's baseline on two sessions in a row (worsening pain)",
                    "Limber rule for worsening pain; NICE NG59 (reassess if symptoms worsen)",
                    PainMonitoringRules::aboveBaselineTwice));

    private PainMonitoringRules() {
    }

    public static Triage afterSession(SessionHistory history) {
        return Triage.of(RULES.stream().filter(r -> r.fires().test(history)).map(TriageRule::fire).toList(), VERSION);
    }

    /**
     * An adherence flag when an active program has had no session for seven days; {@code since} is
     * the last session's local date, or the day the program became active if there is none.
     */
    public static Triage adherence(LocalDate since, LocalDate today) {
        if (ChronoUnit.DAYS.between(since, today) < DAYS_WITHOUT_SESSION) {
            return Triage.of(List.of(), VERSION);
        }
        return Triage.of(List.of(new TriageRule.FiredRule("no-session-7-days", Severity.ADHERENCE, Set.of(),
                "No session logged for 7 days on an active program")), VERSION);
    }

    private static boolean notSettling(SessionHistory h) {
        SessionPain previous = h.previous();
        if (previous == null || previous.before() == null || previous.after() == null || h.latest().before() == null) {
            return false;
        }
        return previous.after() > previous.before() && h.latest().before() > previous.before();
    }

    private static boolean aboveBaselineTwice(SessionHistory h) {
        SessionPain previous = h.previous();
        if (h.baselinePain() == null || previous == null) {
            return false;
        }
        int threshold = h.baselinePain() + WORSENING_POINTS;
        return atLeast(h.latest().worst(), threshold) && atLeast(previous.worst(), threshold);
    }

    private static boolean atLeast(Integer pain, int threshold) {
        return pain != null && pain >= threshold;
    }
}
