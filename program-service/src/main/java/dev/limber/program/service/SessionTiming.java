package dev.limber.program.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * When a session happened. Patients give their local time (or an offset date-time); a session may be logged
 * late, up to a week back, never in the future beyond a few minutes of clock difference.
 */
public final class SessionTiming {

    private SessionTiming() {
    }

    /** ISO local date-time with an optional offset, as OffsetDateTime.parse and LocalDateTime.parse read them. */
    private static final DateTimeFormatter LOCAL_OR_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().parseLenient().appendOffsetId().parseStrict().optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    /** The instant of {@code performedAt}, read in the patient's zone when it carries no offset. */
    public static Optional<Instant> parse(String performedAt, ZoneId zone) {
        if (performedAt == null) {
            return Optional.empty();
        }
        try {
            // One pass for both forms, rather than a failed offset parse before every local time.
            TemporalAccessor parsed = LOCAL_OR_OFFSET.parseBest(performedAt, OffsetDateTime::from, LocalDateTime::from);
            return Optional.of(parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).atZone(zone).toInstant());
        } catch (DateTimeParseException invalid) {
            return Optional.empty();
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
