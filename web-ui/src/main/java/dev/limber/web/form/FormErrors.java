package dev.limber.web.form;

import dev.limber.web.client.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was wrong with a submitted form, by field name, in the order the fields appear; pages show each
 * message next to its field and all of them in a summary at the top. {@code ""} is the form as a whole.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** Adds a backend's refusal, its field paths mapped to this form's field names (unknown paths: the form). */
    public FormErrors add(Problem problem, Function<String, String> fieldName) {
        if (problem.fieldErrors().isEmpty()) {
            add("", problem.detail() == null ? problem.title() : problem.detail());
        }
        for (Problem.FieldError e : problem.fieldErrors()) {
            String field = e.field() == null ? null : fieldName.apply(e.field());
            add(field == null ? "" : field, field == null ? e.field() + ": " + e.message() : e.message());
        }
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return byField;
    }

    /** Reads a whole number in [min, max]; blank is null (or an error when required). */
    public Integer number(String field, String value, int min, int max, boolean required, String label) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "Enter " + label + ".");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        add(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " must be a whole number from " + min
                + " to " + max + ".");
        return null;
    }

    /** Reads an ISO date (as date inputs send it); blank is null (or an error when required). */
    public java.time.LocalDate date(String field, String value, boolean required, String label) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "Enter " + label + ".");
            }
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            add(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " must be a real date, like 2026-03-27.");
            return null;
        }
    }

    /** Reads free text up to {@code max} characters; blank is null (or an error when required). */
    public String text(String field, String value, int max, boolean required, String label) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "Enter " + label + ".");
            }
            return null;
        }
        if (value.length() > max) {
            add(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " must be at most " + max
                    + " characters.");
            return null;
        }
        return value.strip();
    }
}
