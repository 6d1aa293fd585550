package dev.limber.catalog.rest;

import java.util.List;

/** An exercise as a search result lists it. */
public record ExerciseSummary(
        String slug,
        int version,
        String name,
        List<String> aliases,
        String purpose,
        String category,
        String position,
        DosageDto dosage,
        List<String> regions,
        List<String> muscles,
        List<String> equipment,
        List<String> contraindications) {
}
