package dev.limber.catalog.rest;

/** A routine template as the template list shows it. */
public record TemplateSummary(String slug, int version, String name, String description, boolean builtIn,
        int itemCount, int totalSeconds) {
}
