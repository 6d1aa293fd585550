package dev.limber.catalog.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** A routine template with its items and the computed duration of one run through it. */
public record TemplateView(
        String slug,
        int version,
        String name,
        String description,
        String sourceArticle,
        boolean builtIn,
        int totalSeconds,
        List<Item> items,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) {

    /** One step of the routine: the exercise as it stands now, and the dosage for this routine. */
    public record Item(int position, String exercise, int exerciseVersion, String name, String purpose,
            boolean retired, DosageDto dosage, String note, int seconds) {
    }
}
