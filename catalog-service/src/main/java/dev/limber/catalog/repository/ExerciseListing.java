package dev.limber.catalog.repository;

import dev.limber.catalog.domain.Dosage;
import java.util.List;

/** A current exercise as a search result lists it, read straight from the columns (no entity). */
public record ExerciseListing(
        String slug,
        int version,
        String name,
        List<String> aliases,
        String purpose,
        String category,
        String position,
        Dosage dosage,
        List<String> regions,
        List<String> muscles,
        List<String> equipment,
        List<String> contraindications) {
}
