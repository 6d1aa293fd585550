package dev.limber.program.triage;

import java.util.Set;
import java.util.function.Predicate;

/**
 * One red-flag rule: when it fires, the severity it sets, the actions it takes, the explanation a
 * clinician reads, and the guideline it follows (docs/clinical-rules.md lists them all).
 */
public record TriageRule<T>(String id, Severity severity, Set<TriageAction> actions, String explanation,
        String source, Predicate<T> fires) {

    public FiredRule fire() {
        return new FiredRule(id, severity, actions, explanation);
    }

    /** A rule that fired, as recorded on a flag. */
    public record FiredRule(String id, Severity severity, Set<TriageAction> actions, String explanation) {
    }
}
