package dev.limber.program.service;

import dev.limber.program.domain.Dosage;
import java.util.UUID;

/**
 * One item of a program being written, ready to store: either an item the program already has
 * ({@code existingId}, snapshot kept) or a new one with the snapshot read from the catalog.
 */
public record ItemDraft(UUID existingId, ExerciseSnapshot snapshot, Dosage dosage, String note) {

    public String slug() {
        return snapshot.slug();
    }
}
