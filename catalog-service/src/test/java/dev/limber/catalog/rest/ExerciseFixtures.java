package dev.limber.catalog.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid exercise bodies for tests; each call gives a fresh slug so tests never collide. */
final class ExerciseFixtures {

    private ExerciseFixtures() {
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> exercise(String slug) {
        Map<String, Object> dosage = new HashMap<>();
        dosage.put("holdSeconds", 20);
        dosage.put("perSide", true);
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Wall Calf Lean");
        body.put("aliases", List.of("Standing Calf Lean"));
        body.put("purpose", "Eases tight calves that pull on the knees and hips.");
        body.put("steps", List.of("Stand facing a wall with your hands on it.", "Step one foot back and press the heel down.",
                "Hold, then switch legs."));
        body.put("category", "static-stretch");
        body.put("position", "standing");
        body.put("regions", List.of("thigh"));
        body.put("muscles", List.of("calves"));
        body.put("equipment", List.of());
        body.put("cautions", List.of("Keep the back heel down only as far as is comfortable."));
        body.put("contraindications", List.of("balance-problems"));
        body.put("dosage", dosage);
        return body;
    }
}
