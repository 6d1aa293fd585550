package dev.limber.program.client;

import java.util.List;

/** What program-service reads of a catalog routine template (GET /api/templates/{slug}). */
public record CatalogTemplate(String slug, int version, String name, List<Item> items) {

    /** One template item: an exercise version with the template's dosage. */
    public record Item(int position, String exercise, int exerciseVersion, String name, boolean retired,
            CatalogDosage dosage, String note) {
    }
}
