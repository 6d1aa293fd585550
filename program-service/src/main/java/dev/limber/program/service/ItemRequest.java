package dev.limber.program.service;

import dev.limber.program.domain.Dosage;

/** An item as the therapist asked for it: slug, optional version, optional dosage override (null fields kept). */
public record ItemRequest(String exercise, Integer version, Dosage override, String note) {
}
