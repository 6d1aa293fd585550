package dev.limber.program.rest;

import dev.limber.program.domain.Completion;
import dev.limber.program.domain.Difficulty;
import dev.limber.program.domain.SessionItem;
import dev.limber.program.domain.SessionLog;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A logged session; performedAt is shown in the patient's time zone. */
public record SessionView(UUID id, UUID programId, int programRevision, OffsetDateTime performedAt,
        LocalDate localDay, Completion completion, List<SessionItem> items, int painBefore, int painAfter,
        int painDuring, Difficulty difficulty, String note, OffsetDateTime loggedAt) {

    public static SessionView of(SessionLog s, ZoneId zone) {
        return new SessionView(s.id, s.programId, s.programRevision,
                s.performedAt.atZoneSameInstant(zone).toOffsetDateTime(), s.localDay, s.completion, s.items,
                s.painBefore, s.painAfter, s.painDuring, s.difficulty, s.note,
                s.createdAt.atZoneSameInstant(zone).toOffsetDateTime());
    }
}
