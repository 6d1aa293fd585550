package dev.limber.program.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * How often: sessions per day, days per week (optionally which weekdays; otherwise the defaults of
 * docs/clinical-rules.md), start date and an optional review and end date.
 */
public record ScheduleInput(
        @NotNull @Min(1) @Max(6) Integer sessionsPerDay,
        @NotNull @Min(1) @Max(7) Integer daysPerWeek,
        Set<DayOfWeek> weekdays,
        @NotNull LocalDate startDate,
        LocalDate reviewDate,
        LocalDate endDate) {
}
