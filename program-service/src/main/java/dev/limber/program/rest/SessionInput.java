package dev.limber.program.rest;

import dev.limber.program.domain.Difficulty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A session the patient did. {@code performedAt} is their local date-time (e.g. 2026-03-02T07:30) or an
 * offset date-time; pain is 0-10 before, after, and during the hardest exercise.
 */
public record SessionInput(
        @NotNull String performedAt,
        @NotNull @Size(max = 50) List<@NotNull @Valid SessionItemInput> items,
        @NotNull @Min(0) @Max(10) Integer painBefore,
        @NotNull @Min(0) @Max(10) Integer painAfter,
        @NotNull @Min(0) @Max(10) Integer painDuring,
        @NotNull Difficulty difficulty,
        @Size(max = 1000) String note) {
}
