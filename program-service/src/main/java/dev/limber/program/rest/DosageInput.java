package dev.limber.program.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A therapist's dosage override; fields left out keep the catalog's (or the template's) value. */
public record DosageInput(
        @Min(1) @Max(600) Integer holdSeconds,
        @Min(1) @Max(200) Integer reps,
        @Min(1) @Max(20) Integer sets,
        Boolean perSide,
        @Min(1) @Max(100) Integer breaths) {
}
