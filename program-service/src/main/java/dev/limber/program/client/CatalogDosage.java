package dev.limber.program.client;

/** The dosage block of catalog-service's exercise and template JSON. */
public record CatalogDosage(Integer holdSeconds, Integer holdSecondsMax, Integer reps, Integer repsMax, Integer sets,
        Boolean perSide, Integer breaths, Integer breathsMax, Integer timesPerDay, Integer timesPerDayMax,
        String note) {
}
