package dev.limber.catalog.rest;

import java.time.OffsetDateTime;

/** One entry of an exercise's version history. */
public record VersionSummary(int version, boolean current, String name, String changeNote,
        OffsetDateTime createdAt, String createdBy) {
}
