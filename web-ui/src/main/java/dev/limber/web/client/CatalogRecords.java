package dev.limber.web.client;

import java.util.List;

/** What the portal reads from catalog-service (its own copy of the contract, pinned by the page tests). */
public final class CatalogRecords {

    private CatalogRecords() {
    }

    public record ExerciseSummary(String slug, int version, String name, List<String> aliases, String purpose,
            String category, String position, Dosage dosage, List<String> regions, List<String> muscles,
            List<String> equipment, List<String> contraindications) {
    }

    public record ExercisePage(List<ExerciseSummary> items, long total, int page, int size) {
    }

    public record Exercise(String slug, int version, int latestVersion, boolean retired, String name,
            List<String> aliases, String purpose, List<String> steps, String category, String position,
            List<String> regions, List<String> muscles, List<String> equipment, List<String> cautions,
            List<String> contraindications, Dosage dosage, List<String> sourceArticles) {
    }

    public record Vocabulary(List<String> categories, List<String> positions, List<String> regions,
            List<String> muscles, List<String> equipment, List<String> contraindications) {
    }

    public record TemplateSummary(String slug, int version, String name, String description, int itemCount,
            int totalSeconds) {

        /** Whole minutes, rounded up, as a therapist says it ("5 min"). */
        public int minutes() {
            return (totalSeconds + 59) / 60;
        }
    }
}
