package dev.limber.program.client;

import java.util.List;

/** What program-service reads of a catalog exercise version (GET /api/exercises/{slug}[/versions/{n}]). */
public record CatalogExercise(String slug, int version, Integer latestVersion, boolean retired, String name,
        String purpose, List<String> steps, List<String> cautions, List<String> contraindications,
        CatalogDosage dosage) {
}
