package dev.limber.program.triage;

import java.util.Set;

/**
 * A patient's answers to the symptom check-in. Each question is asked in plain words in the
 * portal; {@code currentPain} is 0-10 and may be absent.
 */
public record SymptomAnswers(
        Set<NumbnessArea> numbness,
        boolean newBladderOrBowelProblem,
        boolean feverOrUnwell,
        boolean recentTrauma,
        boolean legWeaknessWorsening,
        boolean painBelowKnee,
        boolean nightPainNotEasing,
        boolean unexplainedWeightLoss,
        boolean historyOfCancer,
        Integer currentPain) {

    public SymptomAnswers {
        numbness = numbness == null ? Set.of() : Set.copyOf(numbness);
    }

    public static SymptomAnswers none() {
        return new SymptomAnswers(Set.of(), false, false, false, false, false, false, false, false, null);
    }
}
