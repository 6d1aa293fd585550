package dev.limber.program.rest;

import dev.limber.program.domain.Side;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** What the patient did of one item; {@code sidesDone} is required for done per-side items. */
public record SessionItemInput(
        @NotNull UUID itemId,
        @NotNull Boolean done,
        Side sidesDone,
        @Min(0) @Max(3600) Integer actualHoldSeconds,
        @Min(0) @Max(1000) Integer actualReps) {
}
