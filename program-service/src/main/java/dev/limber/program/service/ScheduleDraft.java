package dev.limber.program.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** A validated schedule. */
public record ScheduleDraft(int sessionsPerDay, int daysPerWeek, Set<DayOfWeek> weekdays, LocalDate startDate,
        LocalDate reviewDate, LocalDate endDate) {
}
