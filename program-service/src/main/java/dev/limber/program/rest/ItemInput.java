package dev.limber.program.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One exercise to prescribe: a catalog slug, optionally a version (default: current), dosage and note. */
public record ItemInput(
        @NotBlank @Size(max = 80) String exercise,
        @Min(1) Integer version,
        @Valid DosageInput dosage,
        @Size(max = 1000) String note) {
}
