package dev.limber.program.rest;

import dev.limber.program.domain.Dosage;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramItem;
import dev.limber.program.domain.ProgramPause;
import dev.limber.program.domain.ProgramStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A program at its current revision: schedule, pauses and items, each with the exercise text it was prescribed
 * from (snapshot) and its effective dosage. Edit with PUT naming {@code revision} (and {@code version}).
 */
public record ProgramView(UUID id, UUID patientId, String title, ProgramStatus status, int revision, long version,
        Schedule schedule, List<Item> items, List<Pause> pauses, OffsetDateTime activatedAt,
        OffsetDateTime completedAt, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy) {

    /** When the patient exercises. */
    public record Schedule(int sessionsPerDay, int daysPerWeek, Set<DayOfWeek> weekdays, LocalDate startDate,
            LocalDate reviewDate, LocalDate endDate) {
    }

    /** One prescribed exercise; {@code onHold} with the reason the patient reads while a red flag holds it. */
    public record Item(UUID id, int position, String exercise, int exerciseVersion, Dosage dosage, String note,
            Snapshot snapshot, int addedInRevision, boolean onHold, String holdReason) {
    }

    /** The catalog text as prescribed; never refreshed from the catalog. */
    public record Snapshot(String name, int version, String purpose, List<String> steps, List<String> cautions,
            List<String> contraindications, Dosage dosage) {
    }

    /** A pause; {@code endedAt} is null while it lasts. */
    public record Pause(OffsetDateTime startedAt, OffsetDateTime endedAt) {
    }

    static ProgramView of(Program p, List<ProgramPause> pauses) {
        return new ProgramView(p.id, p.patientId, p.title, p.status, p.revision, p.lockVersion,
                new Schedule(p.sessionsPerDay, p.daysPerWeek, p.weekdays(), p.startDate, p.reviewDate, p.endDate),
                p.currentItems().stream().map(ProgramView::item).toList(),
                pauses.stream().map(x -> new Pause(x.startedAt, x.endedAt)).toList(),
                p.activatedAt, p.completedAt, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    static Item item(ProgramItem i) {
        Dosage c = i.catalogDosage;
        Dosage effective = new Dosage(i.holdSeconds, null, i.reps, null, i.sets, i.perSide, i.breaths, null,
                c.timesPerDay(), c.timesPerDayMax(), c.note());
        return new Item(i.id, i.position, i.exerciseSlug, i.exerciseVersion, effective, i.note,
                new Snapshot(i.name, i.exerciseVersion, i.purpose, i.steps, i.cautions, i.contraindications, c),
                i.addedRevision, i.onHold(), i.holdReason);
    }
}
