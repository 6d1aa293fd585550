package dev.limber.program.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a session happened. Patients give their local time (or an offset date-time); a session may be logged
 * late, up to a week back, never in the future beyond a few minutes of clock difference.
 */
public final class SessionTiming {

    private SessionTiming() {
    }

    /** The instant of {@code performedAt}, read in the patient's zone when it carries no offset. */
    public static Optional<Instant> parse(String performedAt, ZoneId zone) {
        if (performedAt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(performedAt).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(performedAt).atZone(zone).toInstant());
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }

    /** Null when acceptable, otherwise the message for the field {@code performedAt}. */
    public static String check(Instant performedAt, Instant now, int maxDaysLate, Duration skew) {
        if (performedAt.isAfter(now.plus(skew))) {
            return "is in the future";
        }
        if (performedAt.isBefore(now.minus(Duration.ofDays(maxDaysLate)))) {
            return "is more than " + maxDaysLate + " days ago; sessions can be logged up to " + maxDaysLate
                    + " days late";
        }
        return null;
    }
}
