package dev.limber.catalog.service;

import java.text.Normalizer;
import java.util.Locale;

/** Derives URL-safe identifiers from names ("Runner's Lunge" becomes "runners-lunge"). */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "exercise" : slug;
    }
}
