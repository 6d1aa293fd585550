package dev.limber.catalog.service;

import dev.limber.catalog.config.CatalogConfig;
import dev.limber.catalog.domain.Dosage;
import java.util.List;

/**
 * How long one run through a routine takes (docs/clinical-rules.md, "Routine duration").
 * An item takes (hold, or breaths x seconds per breath, or seconds per rep) x reps x sides x sets,
 * using the lower end of any range; items are separated by a transition. Times per day do not
 * lengthen a single run.
 */
public final class RoutineDuration {

    private final int secondsPerRep;
    private final int secondsPerBreath;
    private final int transitionSeconds;

    public RoutineDuration(int secondsPerRep, int secondsPerBreath, int transitionSeconds) {
        this.secondsPerRep = secondsPerRep;
        this.secondsPerBreath = secondsPerBreath;
        this.transitionSeconds = transitionSeconds;
    }

    public static RoutineDuration of(CatalogConfig.DurationRules rules) {
        return new RoutineDuration(rules.secondsPerRep(), rules.secondsPerBreath(), rules.transitionSeconds());
    }

    public int itemSeconds(Dosage dosage) {
        int unit;
        if (dosage.holdSeconds != null) {
            unit = dosage.holdSeconds;
        } else if (dosage.breaths != null) {
            unit = dosage.breaths * secondsPerBreath;
        } else {
            unit = secondsPerRep;
        }
        int reps = dosage.reps == null ? 1 : dosage.reps;
        int sets = dosage.sets == null ? 1 : dosage.sets;
        int sides = dosage.perSide ? 2 : 1;
        return unit * reps * sets * sides;
    }

    public int totalSeconds(List<Dosage> items) {
        int total = 0;
        for (Dosage item : items) {
            total += itemSeconds(item);
        }
        return items.isEmpty() ? 0 : total + transitionSeconds * (items.size() - 1);
    }
}
