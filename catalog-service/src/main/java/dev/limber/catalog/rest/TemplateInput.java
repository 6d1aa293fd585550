package dev.limber.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A routine template as a therapist writes it; items are in the order the patient does them. */
public record TemplateInput(
        @Pattern(regexp = ExerciseInput.SLUG, message = "use lower-case letters, digits and single hyphens") @Size(max = 80) String slug,
        @NotNull(groups = ExerciseInput.OnUpdate.class) @Positive Integer version,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 500) String description,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Item> items) {

    /** An exercise by slug; without a dosage the exercise's current default is used. */
    public record Item(
            @NotBlank @Pattern(regexp = ExerciseInput.SLUG, message = "must be an exercise slug") String exercise,
            @Valid DosageDto dosage,
            @Size(max = 300) String note) {
    }
}
