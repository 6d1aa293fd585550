package dev.limber.program.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A program to create, or (PUT) the new state of one with the {@code revision} being edited (and, for drafts,
 * which change in place, the {@code version} read). Items come from
 * {@code items} and/or a catalog {@code template} (its items first, in order).
 */
public record ProgramInput(
        @NotNull(groups = OnUpdate.class) Integer revision,
        Long version,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Valid ScheduleInput schedule,
        @Size(max = 80) String template,
        @Size(max = 50) List<@NotNull @Valid ItemInput> items) {

    /** Validation group of PUT: the edited revision is required. */
    public interface OnUpdate extends jakarta.validation.groups.Default {
    }
}
