package dev.limber.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The name (and optionally slug) of a copy of a template. */
public record TemplateCopyInput(
        @Pattern(regexp = ExerciseInput.SLUG, message = "use lower-case letters, digits and single hyphens") @Size(max = 80) String slug,
        @NotBlank @Size(max = 120) String name) {
}
