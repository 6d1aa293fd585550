package dev.limber.web.view;

import dev.limber.web.client.Dosage;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/** Words a dosage the way a patient reads it: "Hold 30 seconds, on each side. 2-3 times a day." */
public final class DosageText {

    private DosageText() {
    }

    @TemplateExtension(matchName = "text")
    public static String text(Dosage d) {
        if (d == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (d.holdSeconds() != null) {
            parts.add("Hold " + seconds(d.holdSeconds(), d.holdSecondsMax()));
        }
        if (d.breaths() != null) {
            parts.add(range(d.breaths(), d.breathsMax()) + " deep breath" + plural(d.breaths(), d.breathsMax()));
        }
        if (d.reps() != null) {
            parts.add(range(d.reps(), d.repsMax()) + " time" + plural(d.reps(), d.repsMax()));
        }
        if (d.sets() != null && d.sets() > 1) {
            parts.add(d.sets() + " sets");
        }
        StringBuilder text = new StringBuilder(capitalise(String.join(", ", parts)));
        if (Boolean.TRUE.equals(d.perSide())) {
            text.append(text.isEmpty() ? "On each side" : ", on each side");
        }
        if (!text.isEmpty()) {
            text.append('.');
        }
        if (d.timesPerDay() != null) {
            text.append(text.isEmpty() ? "" : " ").append(range(d.timesPerDay(), d.timesPerDayMax()))
                    .append(d.timesPerDayMax() == null && d.timesPerDay() == 1 ? " time a day." : " times a day.");
        }
        return text.toString();
    }

    static String seconds(int min, Integer max) {
        if (max == null && min >= 60 && min % 60 == 0) {
            return min / 60 == 1 ? "1 minute" : (min / 60) + " minutes";
        }
        return range(min, max) + " seconds";
    }

    private static String range(int min, Integer max) {
        return max == null || max == min ? String.valueOf(min) : min + "-" + max;
    }

    private static String plural(int min, Integer max) {
        return min == 1 && (max == null || max == 1) ? "" : "s";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
