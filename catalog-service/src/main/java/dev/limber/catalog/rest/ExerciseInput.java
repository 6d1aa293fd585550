package dev.limber.catalog.rest;

import dev.limber.catalog.domain.Vocabulary.BodyRegion;
import dev.limber.catalog.domain.Vocabulary.Category;
import dev.limber.catalog.domain.Vocabulary.Contraindication;
import dev.limber.catalog.domain.Vocabulary.Equipment;
import dev.limber.catalog.domain.Vocabulary.Muscle;
import dev.limber.catalog.domain.Vocabulary.StartingPosition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An exercise as a therapist writes it. On create the slug may be left out (it is derived from the
 * name); on edit {@code version} must name the version being edited, so a stale edit gets 409.
 */
public record ExerciseInput(
        @Pattern(regexp = SLUG, message = "use lower-case letters, digits and single hyphens") @Size(max = 80) String slug,
        @NotNull(groups = OnUpdate.class) @Positive Integer version,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 10) List<@NotBlank @Size(max = 120) String> aliases,
        @NotBlank @Size(max = 300) String purpose,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> steps,
        @NotNull @OneOf(Category.class) String category,
        @NotNull @OneOf(StartingPosition.class) String position,
        @NotEmpty @Size(max = 8) List<@NotNull @OneOf(BodyRegion.class) String> regions,
        @NotEmpty @Size(max = 13) List<@NotNull @OneOf(Muscle.class) String> muscles,
        @Size(max = 4) List<@NotNull @OneOf(Equipment.class) String> equipment,
        @Size(max = 10) List<@NotBlank @Size(max = 300) String> cautions,
        @Size(max = 5) List<@NotNull @OneOf(Contraindication.class) String> contraindications,
        @NotNull @Valid DosageDto dosage,
        @Size(max = 4) List<@NotBlank @Size(max = 200) String> sourceArticles,
        @Size(max = 300) String changeNote) {

    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** Validation group for edits: everything of a create, plus the version being edited. */
    public interface OnUpdate extends jakarta.validation.groups.Default {
    }
}
