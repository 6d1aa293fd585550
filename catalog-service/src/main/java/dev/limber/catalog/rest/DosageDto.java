package dev.limber.catalog.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A dosage as the API carries it. A range keeps its upper end in the {@code ...Max} field; a single
 * value leaves it empty. {@code perSide} means every hold, rep or breath count is done on each side.
 */
public record DosageDto(
        @Positive @Max(3600) Integer holdSeconds,
        @Positive @Max(3600) Integer holdSecondsMax,
        @Positive @Max(200) Integer reps,
        @Positive @Max(200) Integer repsMax,
        @Positive @Max(20) Integer sets,
        Boolean perSide,
        @Positive @Max(100) Integer breaths,
        @Positive @Max(100) Integer breathsMax,
        @Positive @Max(24) Integer timesPerDay,
        @Positive @Max(24) Integer timesPerDayMax,
        @Size(max = 300) String note) {

    public boolean perSideOrFalse() {
        return Boolean.TRUE.equals(perSide);
    }

    @JsonIgnore
    @AssertTrue(message = "must be at least holdSeconds")
    public boolean isHoldSecondsMaxValid() {
        return rangeValid(holdSeconds, holdSecondsMax);
    }

    @JsonIgnore
    @AssertTrue(message = "must be at least reps")
    public boolean isRepsMaxValid() {
        return rangeValid(reps, repsMax);
    }

    @JsonIgnore
    @AssertTrue(message = "must be at least breaths")
    public boolean isBreathsMaxValid() {
        return rangeValid(breaths, breathsMax);
    }

    @JsonIgnore
    @AssertTrue(message = "must be at least timesPerDay")
    public boolean isTimesPerDayMaxValid() {
        return rangeValid(timesPerDay, timesPerDayMax);
    }

    @JsonIgnore
    @AssertTrue(message = "give at least one of holdSeconds, reps or breaths")
    public boolean isAmountValid() {
        return holdSeconds != null || reps != null || breaths != null;
    }

    private static boolean rangeValid(Integer min, Integer max) {
        return max == null || (min != null && max >= min);
    }
}
