package dev.limber.program.service;

import dev.limber.program.domain.Dosage;
import java.util.List;

/** The catalog text an item was prescribed from, frozen at prescription time. */
public record ExerciseSnapshot(String slug, int version, String name, String purpose, List<String> steps,
        List<String> cautions, List<String> contraindications, Dosage catalogDosage) {
}
