package dev.limber.program.service;

import dev.limber.program.domain.Dosage;

/** The effective dosage: the catalog's (or template's) values with the therapist's overrides on top. */
public final class DosageRules {

    private DosageRules() {
    }

    public static Dosage apply(Dosage base, Dosage override) {
        if (override == null) {
            return base;
        }
        return new Dosage(
                override.holdSeconds() != null ? override.holdSeconds() : base.holdSeconds(),
                override.holdSeconds() != null ? null : base.holdSecondsMax(),
                override.reps() != null ? override.reps() : base.reps(),
                override.reps() != null ? null : base.repsMax(),
                override.sets() != null ? override.sets() : base.sets(),
                override.perSide() != null ? override.perSide() : base.perSide(),
                override.breaths() != null ? override.breaths() : base.breaths(),
                override.breaths() != null ? null : base.breathsMax(),
                base.timesPerDay(), base.timesPerDayMax(), base.note());
    }
}
