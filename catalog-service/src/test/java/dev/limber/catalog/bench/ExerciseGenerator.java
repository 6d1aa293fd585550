package dev.limber.catalog.bench;

import dev.limber.catalog.domain.Vocabulary;
import dev.limber.catalog.domain.Vocabulary.Category;
import dev.limber.catalog.domain.Vocabulary.Contraindication;
import dev.limber.catalog.domain.Vocabulary.Equipment;
import dev.limber.catalog.domain.Vocabulary.Muscle;
import dev.limber.catalog.domain.Vocabulary.StartingPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes generated exercises straight into exercise and exercise_version (current, created_by 'bench'); the
 * triggers fill search_doc, search_word (V1) and exercise_search (V5) as they do for real content. Names,
 * purposes and steps are composed from the catalog vocabularies and the seed articles' words, so a query word
 * matches a slice of the catalog rather than all or nothing. Seeded: the same numbers give the same catalog.
 */
final class ExerciseGenerator {

    private record Position(String word, StartingPosition code) {
    }

    private record Movement(String word, Category category) {
    }

    private static final List<Position> POSITIONS = List.of(
            new Position("Supine", StartingPosition.SUPINE), new Position("Prone", StartingPosition.PRONE),
            new Position("Seated", StartingPosition.SEATED), new Position("Standing", StartingPosition.STANDING),
            new Position("Kneeling", StartingPosition.KNEELING), new Position("Half-Kneeling", StartingPosition.KNEELING),
            new Position("Tabletop", StartingPosition.TABLETOP), new Position("Chair", StartingPosition.CHAIR),
            new Position("Side-Lying", StartingPosition.SUPINE), new Position("Wall", StartingPosition.STANDING));

    private static final List<Movement> MOVEMENTS = List.of(
            new Movement("Stretch", Category.STATIC_STRETCH), new Movement("Release", Category.STATIC_STRETCH),
            new Movement("Opener", Category.STATIC_STRETCH), new Movement("Hold", Category.CORE_POSTURAL),
            new Movement("Rotation", Category.DYNAMIC_MOBILITY), new Movement("Circles", Category.DYNAMIC_MOBILITY),
            new Movement("Reach", Category.DYNAMIC_MOBILITY), new Movement("Slide", Category.DYNAMIC_MOBILITY),
            new Movement("Tilt", Category.CORE_POSTURAL), new Movement("Brace", Category.CORE_POSTURAL),
            new Movement("Bridge", Category.STRENGTHENING), new Movement("Raise", Category.STRENGTHENING),
            new Movement("Press", Category.STRENGTHENING), new Movement("Squat", Category.STRENGTHENING),
            new Movement("Lunge", Category.STRENGTHENING), new Movement("March", Category.STRENGTHENING));

    private static final List<String> MODIFIERS = List.of("Gentle", "Assisted", "Banded", "Single-Leg", "Alternating",
            "Dynamic", "Deep", "Modified", "Reverse", "Active", "Isometric", "Pulsing", "Slow", "Wide", "Supported",
            "Progressive");

    /** Named shapes from the seed articles and common practice; each appears in a few percent of names. */
    private static final List<String> SHAPES = List.of("Figure-4", "Pigeon", "Cobra", "Bird-Dog", "Dead-Bug",
            "Clamshell", "Fire-Hydrant", "Cat-Cow", "Thread-the-Needle", "Butterfly", "Frog", "Sphinx", "Windmill",
            "Scorpion", "Superman", "Good-Morning", "Monster-Walk", "Donkey-Kick", "Heel-Slide", "Knee-Hug",
            "Happy-Baby", "Lizard", "Puppy", "Sage", "Pretzel", "Zombie", "Starfish", "Hinge", "Pendulum", "Snow-Angel");

    private static final Map<Muscle, String> MUSCLE_WORDS = Map.ofEntries(
            Map.entry(Muscle.HIP_FLEXORS, "Hip Flexor"), Map.entry(Muscle.PIRIFORMIS, "Piriformis"),
            Map.entry(Muscle.GLUTES, "Glute"), Map.entry(Muscle.HAMSTRINGS, "Hamstring"),
            Map.entry(Muscle.ADDUCTORS, "Adductor"), Map.entry(Muscle.QUADRICEPS, "Quad"),
            Map.entry(Muscle.LUMBAR_SPINE, "Lower Back"), Map.entry(Muscle.THORACIC_SPINE, "Thoracic"),
            Map.entry(Muscle.ABDOMINALS, "Core"), Map.entry(Muscle.OBLIQUES, "Oblique"),
            Map.entry(Muscle.CHEST, "Chest"), Map.entry(Muscle.SHOULDERS, "Shoulder"), Map.entry(Muscle.CALVES, "Calf"));

    private static final Map<Muscle, List<String>> MUSCLE_REGIONS = Map.ofEntries(
            Map.entry(Muscle.HIP_FLEXORS, List.of("hip", "groin")), Map.entry(Muscle.PIRIFORMIS, List.of("hip")),
            Map.entry(Muscle.GLUTES, List.of("hip")), Map.entry(Muscle.HAMSTRINGS, List.of("thigh")),
            Map.entry(Muscle.ADDUCTORS, List.of("groin", "thigh")), Map.entry(Muscle.QUADRICEPS, List.of("thigh")),
            Map.entry(Muscle.LUMBAR_SPINE, List.of("lower-back")), Map.entry(Muscle.THORACIC_SPINE, List.of("upper-back")),
            Map.entry(Muscle.ABDOMINALS, List.of("core")), Map.entry(Muscle.OBLIQUES, List.of("core")),
            Map.entry(Muscle.CHEST, List.of("chest")), Map.entry(Muscle.SHOULDERS, List.of("shoulder")),
            Map.entry(Muscle.CALVES, List.of("thigh")));

    private static final List<String> COMPLAINTS = List.of("lower back pain", "stiff hips after sitting",
            "buttock pain that runs down the leg", "tight hamstrings", "a sore groin", "morning stiffness",
            "a rounded upper back", "knee strain when climbing stairs", "tension between the shoulder blades",
            "a weak core that tires quickly", "pain when standing up from a chair", "a pinched feeling at the front of the hip");

    private static final List<String> AIMS = List.of("Stretches the %s to ease %s.", "Strengthens the %s, which helps with %s.",
            "Loosens the %s and brings blood flow that relieves %s.", "Wakes up the %s so they share the load behind %s.",
            "Builds control of the %s for people with %s.", "Opens the %s gently; a good first step for %s.");

    private static final Map<StartingPosition, List<String>> FIRST_STEPS = Map.of(
            StartingPosition.SUPINE, List.of("Lie on your back with your knees bent and feet flat on the floor.",
                    "Lie on your back on the mat and let your arms rest by your sides."),
            StartingPosition.PRONE, List.of("Lie on your stomach with your forehead resting on your hands.",
                    "Lie face down with your legs long and your arms by your sides."),
            StartingPosition.SEATED, List.of("Sit tall on the floor with your legs out in front of you.",
                    "Sit on the mat with the soles of your feet together."),
            StartingPosition.STANDING, List.of("Stand with your feet hip-width apart and your knees soft.",
                    "Stand side-on to a wall and rest one hand on it for balance."),
            StartingPosition.KNEELING, List.of("Kneel on the mat with a folded towel under your knees.",
                    "Kneel on one knee with the other foot flat in front of you."),
            StartingPosition.TABLETOP, List.of("Start on your hands and knees, hands under shoulders and knees under hips.",
                    "Come onto all fours with a long, flat back."),
            StartingPosition.CHAIR, List.of("Sit near the front edge of a sturdy chair with your feet flat.",
                    "Sit tall in a chair without arms, feet hip-width apart."));

    private static final List<String> MIDDLE_STEPS = List.of("Breathe out as you move and keep your stomach muscles gently tight.",
            "Move slowly until you feel a stretch, not pain.", "Keep your lower back flat against the mat.",
            "Squeeze your glutes and lift your hips until your body forms a straight line.",
            "Cross one ankle over the opposite knee and draw the legs towards your chest.",
            "Reach your arms forward and let your head hang heavy.", "Rotate your upper body towards the bent knee.",
            "Slide your heel away and back along the floor.", "Lift one leg a few centimetres and hold it steady.",
            "Tilt your pelvis so your tailbone tucks under.", "Press your hands into the floor and lift your chest.",
            "Keep your knee in line with your second toe.", "Let your knees drop slowly out to the sides.",
            "Hinge forward from the hips with a long spine.", "Draw small circles with your knee, then reverse.");

    private static final List<String> LAST_STEPS = List.of("Hold, breathing slowly, then switch sides.",
            "Return to the start and repeat.", "Rest for a few breaths before the next set.",
            "Come back to the middle slowly and relax.");

    private final Random random;

    ExerciseGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Inserts exercises numbered {@code from} to {@code to} (inclusive) and refreshes planner statistics. */
    void insert(Connection c, int from, int to) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement exercise = c.prepareStatement("INSERT INTO exercise (slug, version) VALUES (?, 1)");
                PreparedStatement version = c.prepareStatement("""
                        INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps,
                            category, starting_position, regions, muscles, equipment, contraindications,
                            hold_seconds, reps, sets, per_side, created_by)
                        VALUES ((SELECT id FROM exercise WHERE slug = ?), 1, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')""")) {
            for (int n = from; n <= to; n++) {
                exercise.setString(1, "bench-" + n);
                exercise.addBatch();
                if ((n - from) % 500 == 499 || n == to) {
                    exercise.executeBatch();
                }
            }
            for (int n = from; n <= to; n++) {
                bind(c, version, n);
                version.addBatch();
                if ((n - from) % 500 == 499 || n == to) {
                    version.executeBatch();
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE exercise");
            s.execute("ANALYZE exercise_version");
            s.execute("ANALYZE exercise_search");
            s.execute("ANALYZE search_word");
        }
    }

    private void bind(Connection c, PreparedStatement ps, int n) throws SQLException {
        Position position = pick(POSITIONS);
        Movement movement = pick(MOVEMENTS);
        Muscle primary = pick(List.of(Muscle.values()));
        Set<Muscle> muscles = new LinkedHashSet<>(List.of(primary));
        if (random.nextDouble() < 0.5) {
            muscles.add(pick(List.of(Muscle.values())));
        }
        StringBuilder name = new StringBuilder();
        if (random.nextDouble() < 0.5) {
            name.append(pick(MODIFIERS)).append(' ');
        }
        name.append(position.word()).append(' ');
        String shape = random.nextDouble() < 0.4 ? pick(SHAPES) : null;
        name.append(shape != null ? shape : MUSCLE_WORDS.get(primary)).append(' ').append(movement.word());
        List<String> aliases = new ArrayList<>();
        if (shape != null) {
            aliases.add(MUSCLE_WORDS.get(primary) + " " + movement.word());
        }
        Set<String> regions = new LinkedHashSet<>();
        muscles.forEach(m -> regions.addAll(MUSCLE_REGIONS.get(m)));
        String purpose = String.format(pick(AIMS), MUSCLE_WORDS.get(primary).toLowerCase() + " muscles", pick(COMPLAINTS));
        List<String> steps = new ArrayList<>();
        steps.add(pick(FIRST_STEPS.get(position.code())));
        int middle = 1 + random.nextInt(3);
        for (int i = 0; i < middle; i++) {
            steps.add(pick(MIDDLE_STEPS));
        }
        steps.add(pick(LAST_STEPS));
        List<String> equipment = new ArrayList<>();
        for (Equipment e : Equipment.values()) {
            if (random.nextDouble() < (e == Equipment.MAT ? 0.7 : 0.15)) {
                equipment.add(Vocabulary.code(e));
            }
        }
        List<String> contraindications = new ArrayList<>();
        for (Contraindication ci : Contraindication.values()) {
            if (random.nextDouble() < 0.12) {
                contraindications.add(Vocabulary.code(ci));
            }
        }
        boolean stretch = movement.category() == Category.STATIC_STRETCH || movement.category() == Category.CORE_POSTURAL;
        int i = 1;
        ps.setString(i++, "bench-" + n);
        ps.setString(i++, name.toString());
        ps.setArray(i++, c.createArrayOf("text", aliases.toArray()));
        ps.setString(i++, purpose);
        ps.setArray(i++, c.createArrayOf("text", steps.toArray()));
        ps.setString(i++, Vocabulary.code(movement.category()));
        ps.setString(i++, Vocabulary.code(position.code()));
        ps.setArray(i++, c.createArrayOf("text", regions.toArray()));
        ps.setArray(i++, c.createArrayOf("text", muscles.stream().map(Vocabulary::code).toArray()));
        ps.setArray(i++, c.createArrayOf("text", equipment.toArray()));
        ps.setArray(i++, c.createArrayOf("text", contraindications.toArray()));
        if (stretch) {
            ps.setInt(i++, 30);
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setNull(i++, Types.INTEGER);
            ps.setInt(i++, 10);
            ps.setInt(i++, 2);
        }
        ps.setBoolean(i, random.nextDouble() < 0.4);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
