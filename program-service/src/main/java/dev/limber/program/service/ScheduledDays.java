package dev.limber.program.service;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which weekdays "n days a week" means when the therapist does not pick them: weekdays first, spread out
 * so rest days fall between sessions (3 = Mon/Wed/Fri). See docs/clinical-rules.md.
 */
public final class ScheduledDays {

    private ScheduledDays() {
    }

    public static Set<DayOfWeek> defaultFor(int daysPerWeek) {
        return switch (daysPerWeek) {
            case 1 -> EnumSet.of(DayOfWeek.MONDAY);
            case 2 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            case 3 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            case 4 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            case 5 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            case 6 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
            case 7 -> EnumSet.allOf(DayOfWeek.class);
            default -> throw new IllegalArgumentException("days per week must be 1 to 7, was " + daysPerWeek);
        };
    }
}
