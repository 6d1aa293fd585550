package dev.limber.web.form;

import dev.limber.web.client.ProgramRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The program builder's form as submitted: schedule fields and one row per item, sent as parallel lists
 * (every row sends every field, so the lists line up), plus which button was pressed.
 */
public class ProgramForm {

    @RestForm
    public String revision;
    @RestForm
    public String version;
    @RestForm
    public String title;
    @RestForm
    public String sessionsPerDay;
    @RestForm
    public String daysPerWeek;
    @RestForm
    public String startDate;
    @RestForm
    public String reviewDate;
    @RestForm
    public List<String> exercise = new ArrayList<>();
    @RestForm
    public List<String> exerciseVersion = new ArrayList<>();
    @RestForm
    public List<String> name = new ArrayList<>();
    @RestForm
    public List<String> hold = new ArrayList<>();
    @RestForm
    public List<String> reps = new ArrayList<>();
    @RestForm
    public List<String> sets = new ArrayList<>();
    @RestForm
    public List<String> perSide = new ArrayList<>();
    @RestForm
    public List<String> breaths = new ArrayList<>();
    @RestForm
    public List<String> note = new ArrayList<>();
    /** "up-N" or "down-N" (N the row index). */
    @RestForm
    public String move;
    /** The row index to remove. */
    @RestForm
    public String remove;
    /** A catalog slug to add at the end. */
    @RestForm
    public String add;

    private static final Pattern MOVE = Pattern.compile("(up|down)-(\\d{1,2})");
    private static final Pattern BACKEND_ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(?:dosage\\.)?(\\w+)");

    /** One item row as the page shows it (entered values, kept as typed). */
    public record Row(int index, String exercise, String exerciseVersion, String name, String hold, String reps, String sets,
            String perSide, String breaths, String note) {

        /** The id (and error key) of this row's {@code field}, e.g. "hold-2". */
        public String key(String field) {
            return field + "-" + index;
        }
    }

    /** The form with what the program holds now (a fresh edit). */
    public static ProgramForm of(ProgramRecords.Program p) {
        ProgramForm f = new ProgramForm();
        f.revision = String.valueOf(p.revision());
        f.version = String.valueOf(p.version());
        f.title = p.title();
        f.sessionsPerDay = String.valueOf(p.schedule().sessionsPerDay());
        f.daysPerWeek = String.valueOf(p.schedule().daysPerWeek());
        f.startDate = String.valueOf(p.schedule().startDate());
        f.reviewDate = p.schedule().reviewDate() == null ? "" : p.schedule().reviewDate().toString();
        for (ProgramRecords.Item i : p.items()) {
            var d = i.dosage();
            f.exercise.add(i.exercise());
            f.exerciseVersion.add(String.valueOf(i.exerciseVersion()));
            f.name.add(i.snapshot().name());
            f.hold.add(text(d.holdSeconds()));
            f.reps.add(text(d.reps()));
            f.sets.add(text(d.sets()));
            f.perSide.add(Boolean.TRUE.equals(d.perSide()) ? "yes" : "no");
            f.breaths.add(text(d.breaths()));
            f.note.add(i.note() == null ? "" : i.note());
        }
        return f;
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < exercise.size(); i++) {
            rows.add(new Row(i, exercise.get(i), at(exerciseVersion, i), at(name, i), at(hold, i), at(reps, i),
                    at(sets, i), at(perSide, i), at(breaths, i), at(note, i)));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }

    /** Whether the rows' lists line up (a hand-made request may not). */
    public boolean consistent() {
        int n = exercise.size();
        return List.of(exerciseVersion, name, hold, reps, sets, perSide, breaths, note).stream()
                .allMatch(l -> l.size() == n);
    }

    /** Applies the pressed row button (move, remove, add) to the rows, in place. */
    public void applyRowAction() {
        List<Row> rows = new ArrayList<>(rows());
        if (move != null) {
            Matcher m = MOVE.matcher(move);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(2));
                int j = "up".equals(m.group(1)) ? i - 1 : i + 1;
                if (i < rows.size() && j >= 0 && j < rows.size()) {
                    Row r = rows.get(i);
                    rows.set(i, rows.get(j));
                    rows.set(j, r);
                }
            }
        }
        if (remove != null && remove.matches("\\d{1,2}")) {
            int i = Integer.parseInt(remove);
            if (i < rows.size()) {
                rows.remove(i);
            }
        }
        if (add != null && add.matches("[a-z0-9-]{1,80}")) {
            rows.add(new Row(rows.size(), add, "", add, "", "", "", "", "", ""));
        }
        setRows(rows);
    }

    private void setRows(List<Row> rows) {
        exercise = new ArrayList<>();
        exerciseVersion = new ArrayList<>();
        name = new ArrayList<>();
        hold = new ArrayList<>();
        reps = new ArrayList<>();
        sets = new ArrayList<>();
        perSide = new ArrayList<>();
        breaths = new ArrayList<>();
        note = new ArrayList<>();
        for (Row r : rows) {
            exercise.add(r.exercise());
            exerciseVersion.add(r.exerciseVersion());
            name.add(r.name());
            hold.add(r.hold());
            reps.add(r.reps());
            sets.add(r.sets());
            perSide.add(r.perSide());
            breaths.add(r.breaths());
            note.add(r.note());
        }
    }

    /** The schedule, or null with the reasons in {@code errors}. */
    public ProgramRecords.ScheduleInput schedule(FormErrors errors) {
        Integer perDay = errors.number("sessionsPerDay", sessionsPerDay, 1, 6, true, "sessions per day");
        Integer perWeek = errors.number("daysPerWeek", daysPerWeek, 1, 7, true, "days per week");
        LocalDate start = errors.date("startDate", startDate, true, "the start date");
        LocalDate review = errors.date("reviewDate", reviewDate, false, "the review date");
        if (start != null && review != null && review.isBefore(start)) {
            errors.add("reviewDate", "The review date must be on or after the start date.");
        }
        if (perDay == null || perWeek == null || start == null) {
            return null;
        }
        return new ProgramRecords.ScheduleInput(perDay, perWeek, start, review, null);
    }

    /** The items as program-service takes them; a blank dosage field keeps the catalog's value. */
    public List<ProgramRecords.ItemInput> items(FormErrors errors) {
        List<ProgramRecords.ItemInput> items = new ArrayList<>();
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String what = " for " + r.name();
            Integer holdSeconds = errors.number("hold-" + i, r.hold(), 1, 600, false, "the hold in seconds" + what);
            Integer repCount = errors.number("reps-" + i, r.reps(), 1, 200, false, "the reps" + what);
            Integer setCount = errors.number("sets-" + i, r.sets(), 1, 20, false, "the sets" + what);
            Integer breathCount = errors.number("breaths-" + i, r.breaths(), 1, 100, false, "the breaths" + what);
            String itemNote = errors.text("note-" + i, r.note(), 1000, false, "the note" + what);
            Integer exVersion = r.exerciseVersion() == null || !r.exerciseVersion().matches("\\d{1,6}") ? null
                    : Integer.valueOf(r.exerciseVersion());
            Boolean eachSide = r.perSide() == null || r.perSide().isBlank() ? null : "yes".equals(r.perSide());
            items.add(new ProgramRecords.ItemInput(r.exercise(), exVersion,
                    new ProgramRecords.DosageInput(holdSeconds, repCount, setCount, eachSide, breathCount), itemNote));
        }
        return items;
    }

    /** This form's field for a program-service field path ("items[2].dosage.holdSeconds" is "hold-2"). */
    public static String fieldFor(String backendField) {
        Matcher m = BACKEND_ITEM_FIELD.matcher(backendField);
        if (m.matches()) {
            String field = switch (m.group(2)) {
                case "holdSeconds" -> "hold";
                case "reps" -> "reps";
                case "sets" -> "sets";
                case "breaths" -> "breaths";
                case "note" -> "note";
                default -> null;
            };
            return field == null ? null : field + "-" + m.group(1);
        }
        return switch (backendField) {
            case "title" -> "title";
            case "schedule.sessionsPerDay" -> "sessionsPerDay";
            case "schedule.daysPerWeek" -> "daysPerWeek";
            case "schedule.startDate" -> "startDate";
            case "schedule.reviewDate" -> "reviewDate";
            default -> null;
        };
    }
}
