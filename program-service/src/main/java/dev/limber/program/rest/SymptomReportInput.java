package dev.limber.program.rest;

import dev.limber.program.triage.NumbnessArea;
import dev.limber.program.triage.SymptomAnswers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The symptom check-in as the patient answers it; every yes/no question must be answered. */
public record SymptomReportInput(
        @Size(max = 4) Set<@NotNull NumbnessArea> numbness,
        @NotNull Boolean newBladderOrBowelProblem,
        @NotNull Boolean feverOrUnwell,
        @NotNull Boolean recentTrauma,
        @NotNull Boolean legWeaknessWorsening,
        @NotNull Boolean painBelowKnee,
        @NotNull Boolean nightPainNotEasing,
        @NotNull Boolean unexplainedWeightLoss,
        @NotNull Boolean historyOfCancer,
        @Min(0) @Max(10) Integer currentPain,
        @Size(max = 2000) String freeText) {

    public SymptomAnswers answers() {
        return new SymptomAnswers(numbness, newBladderOrBowelProblem, feverOrUnwell, recentTrauma, legWeaknessWorsening,
                painBelowKnee, nightPainNotEasing, unexplainedWeightLoss, historyOfCancer, currentPain);
    }
}
