package dev.limber.catalog.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** One version of an exercise in full: what a prescription snapshots and a patient reads. */
public record ExerciseView(
        String slug,
        int version,
        int latestVersion,
        boolean retired,
        String name,
        List<String> aliases,
        String purpose,
        List<String> steps,
        String category,
        String position,
        List<String> regions,
        List<String> muscles,
        List<String> equipment,
        List<String> cautions,
        List<String> contraindications,
        DosageDto dosage,
        List<String> sourceArticles,
        String changeNote,
        OffsetDateTime createdAt,
        String createdBy) {
}
