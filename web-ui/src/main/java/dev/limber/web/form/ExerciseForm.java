package dev.limber.web.form;

import dev.limber.web.client.CatalogRecords;
import dev.limber.web.client.Dosage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The exercise editor's form: lists a therapist types one per line (aliases, steps, cautions) and the
 * controlled vocabularies as checkboxes; dosage fields as numbers, blank for "not part of this dosage".
 */
public class ExerciseForm {

    @RestForm
    public String version;
    @RestForm
    public String name;
    @RestForm
    public String aliases;
    @RestForm
    public String purpose;
    @RestForm
    public String steps;
    @RestForm
    public String category;
    @RestForm
    public String position;
    @RestForm
    public List<String> regions = new ArrayList<>();
    @RestForm
    public List<String> muscles = new ArrayList<>();
    @RestForm
    public List<String> equipment = new ArrayList<>();
    @RestForm
    public String cautions;
    @RestForm
    public List<String> contraindications = new ArrayList<>();
    @RestForm
    public String holdSeconds;
    @RestForm
    public String reps;
    @RestForm
    public String sets;
    @RestForm
    public String perSide;
    @RestForm
    public String breaths;
    @RestForm
    public String timesPerDay;
    @RestForm
    public String changeNote;

    /** What catalog-service takes (POST to add, PUT with {@code version} to edit). */
    public record Input(Integer version, String name, List<String> aliases, String purpose, List<String> steps,
            String category, String position, List<String> regions, List<String> muscles, List<String> equipment,
            List<String> cautions, List<String> contraindications, Dosage dosage, List<String> sourceArticles,
            String changeNote) {
    }

    public static ExerciseForm of(CatalogRecords.Exercise e) {
        ExerciseForm f = new ExerciseForm();
        f.version = String.valueOf(e.version());
        f.name = e.name();
        f.aliases = String.join("\n", e.aliases());
        f.purpose = e.purpose();
        f.steps = String.join("\n", e.steps());
        f.category = e.category();
        f.position = e.position();
        f.regions = new ArrayList<>(e.regions());
        f.muscles = new ArrayList<>(e.muscles());
        f.equipment = new ArrayList<>(e.equipment());
        f.cautions = String.join("\n", e.cautions());
        f.contraindications = new ArrayList<>(e.contraindications());
        Dosage d = e.dosage();
        f.holdSeconds = text(d.holdSeconds());
        f.reps = text(d.reps());
        f.sets = text(d.sets());
        f.perSide = Boolean.TRUE.equals(d.perSide()) ? "yes" : "no";
        f.breaths = text(d.breaths());
        f.timesPerDay = text(d.timesPerDay());
        return f;
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    public boolean has(String list, String value) {
        return switch (list) {
            case "regions" -> regions.contains(value);
            case "muscles" -> muscles.contains(value);
            case "equipment" -> equipment.contains(value);
            case "contraindications" -> contraindications.contains(value);
            default -> false;
        };
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The input for catalog-service (an edit of {@code editing}, or a new exercise when it is null), or null
     * with the reasons in {@code errors}; the catalog checks the vocabularies and the rest again, and its
     * answer is mapped back with {@link #fieldFor}. An edit keeps the source articles it had.
     */
    public Input input(FormErrors errors, CatalogRecords.Exercise editing) {
        Dosage previous = editing == null ? null : editing.dosage();
        String n = errors.text("name", name, 120, true, "the exercise's name");
        String p = errors.text("purpose", purpose, 300, true, "what the exercise is for, in one sentence");
        List<String> stepList = lines(steps);
        if (stepList.isEmpty()) {
            errors.add("steps", "Enter the steps, one per line.");
        } else if (stepList.size() > 20) {
            errors.add("steps", "Enter at most 20 steps.");
        }
        if (category == null || category.isBlank()) {
            errors.add("category", "Choose a category.");
        }
        if (position == null || position.isBlank()) {
            errors.add("position", "Choose the starting position.");
        }
        if (regions.isEmpty()) {
            errors.add("regions", "Choose at least one body region.");
        }
        if (muscles.isEmpty()) {
            errors.add("muscles", "Choose at least one muscle group.");
        }
        Integer hold = errors.number("holdSeconds", holdSeconds, 1, 3600, false, "the hold in seconds");
        Integer repCount = errors.number("reps", reps, 1, 200, false, "the reps");
        Integer setCount = errors.number("sets", sets, 1, 20, false, "the sets");
        Integer breathCount = errors.number("breaths", breaths, 1, 100, false, "the breaths");
        Integer perDay = errors.number("timesPerDay", timesPerDay, 1, 24, false, "the times a day");
        String note = errors.text("changeNote", changeNote, 300, false, "the note about this change");
        Integer edited = null;
        if (editing != null) {
            edited = errors.number("version", version, 1, Integer.MAX_VALUE, true, "the version edited");
        }
        if (errors.any()) {
            return null;
        }
        // A range's upper end is kept when the lower end is not changed (the editor shows single values).
        Dosage dosage = new Dosage(hold, keepMax(previous == null ? null : previous.holdSeconds(), hold,
                previous == null ? null : previous.holdSecondsMax()), repCount,
                keepMax(previous == null ? null : previous.reps(), repCount, previous == null ? null : previous.repsMax()),
                setCount, "yes".equals(perSide), breathCount,
                keepMax(previous == null ? null : previous.breaths(), breathCount,
                        previous == null ? null : previous.breathsMax()),
                perDay, keepMax(previous == null ? null : previous.timesPerDay(), perDay,
                        previous == null ? null : previous.timesPerDayMax()),
                previous == null ? null : previous.note());
        return new Input(edited, n, lines(aliases), p, stepList, category, position, regions, muscles, equipment,
                lines(cautions), contraindications, dosage,
                editing == null ? List.of() : editing.sourceArticles(), note);
    }

    private static Integer keepMax(Integer before, Integer now, Integer max) {
        return before != null && before.equals(now) ? max : null;
    }

    /** This form's field for a catalog-service field path ("dosage.holdSeconds" is "holdSeconds"). */
    public static String fieldFor(String backendField) {
        String field = backendField.replaceFirst("^dosage\\.", "").replaceFirst("\\[\\d+]$", "");
        return List.of("name", "aliases", "purpose", "steps", "category", "position", "regions", "muscles",
                "equipment", "cautions", "contraindications", "holdSeconds", "reps", "sets", "breaths", "timesPerDay",
                "changeNote").contains(field) ? field : null;
    }
}
