package dev.limber.web.client;

/** A dosage as both backends send it; the portal words it with {@link dev.limber.web.view.DosageText}. */
public record Dosage(Integer holdSeconds, Integer holdSecondsMax, Integer reps, Integer repsMax, Integer sets,
        Boolean perSide, Integer breaths, Integer breathsMax, Integer timesPerDay, Integer timesPerDayMax, String note) {
}
