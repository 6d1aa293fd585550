package dev.limber.program.triage;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of applying the rules: the most urgent severity among the rules that fired (none when
 * nothing fired), every fired rule with its explanation, the actions to take at once, and the
 * message shown to the patient in the same response.
 */
public record Triage(Severity severity, List<TriageRule.FiredRule> fired, Set<TriageAction> actions,
        String patientMessage, String rulesVersion) {

    public static Triage of(List<TriageRule.FiredRule> fired, String rulesVersion) {
        Severity severity = fired.stream().map(TriageRule.FiredRule::severity)
                .min(Comparator.naturalOrder()).orElse(null);
        Set<TriageAction> actions = EnumSet.noneOf(TriageAction.class);
        fired.forEach(f -> actions.addAll(f.actions()));
        List<TriageRule.FiredRule> ordered = fired.stream()
                .sorted(Comparator.comparing(TriageRule.FiredRule::severity)).toList();
        return new Triage(severity, ordered, Set.copyOf(actions), PatientMessages.forOutcome(severity, actions),
                rulesVersion);
    }

    public boolean flagged() {
        return severity != null;
    }
}
