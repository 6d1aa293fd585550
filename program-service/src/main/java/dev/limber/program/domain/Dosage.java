package dev.limber.program.domain;

/**
 * How much of an exercise to do. The catalog's shape, kept whole in the snapshot; a prescription's
 * effective dosage is the catalog default with the therapist's overrides on top.
 */
public record Dosage(Integer holdSeconds, Integer holdSecondsMax, Integer reps, Integer repsMax, Integer sets,
        Boolean perSide, Integer breaths, Integer breathsMax, Integer timesPerDay, Integer timesPerDayMax, String note) {

    public static final Dosage EMPTY = new Dosage(null, null, null, null, null, false, null, null, null, null, null);

    public boolean isPerSide() {
        return Boolean.TRUE.equals(perSide);
    }
}
