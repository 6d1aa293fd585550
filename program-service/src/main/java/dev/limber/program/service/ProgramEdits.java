package dev.limber.program.service;

import dev.limber.program.domain.Dosage;
import dev.limber.program.domain.Program;
import dev.limber.program.domain.ProgramItem;
import dev.limber.program.domain.ProgramRevision;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Applies a new item list to a program and describes what an edit changed. */
final class ProgramEdits {

    private ProgramEdits() {
    }

    /**
     * Makes {@code drafts} the program's current items, in order. Kept items keep their id; a draft's dropped
     * items are deleted, an active program's are marked removed (old session logs still point at them).
     */
    static void replaceItems(Program p, List<ItemDraft> drafts, int revision, OffsetDateTime now, boolean inPlace) {
        Map<UUID, ProgramItem> current = new HashMap<>();
        p.currentItems().forEach(i -> current.put(i.id, i));
        List<ProgramItem> kept = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft d = drafts.get(i);
            ProgramItem item = d.existingId() != null ? current.remove(d.existingId()) : null;
            if (item == null) {
                item = newItem(p, d.snapshot(), revision, now);
                p.items.add(item);
            }
            item.position = i + 1;
            setDosage(item, d.dosage());
            item.note = d.note();
            kept.add(item);
        }
        for (ProgramItem dropped : current.values()) {
            if (inPlace) {
                p.items.remove(dropped);
            } else {
                dropped.removedRevision = revision;
                dropped.position = 1000 + dropped.position;
            }
        }
    }

    static ProgramRevision.Summary created(Program p) {
        return new ProgramRevision.Summary("created",
                p.currentItems().stream().map(i -> i.exerciseSlug).toList(), List.of(), List.of(), List.of(), false,
                List.of(), false);
    }

    /** What an edit of an active or paused program changes, before it is applied. */
    static ProgramRevision.Summary diff(Program p, String title, ScheduleDraft s, List<ItemDraft> drafts) {
        List<ProgramItem> before = p.currentItems();
        Map<UUID, ProgramItem> byId = new HashMap<>();
        before.forEach(i -> byId.put(i.id, i));
        List<String> added = new ArrayList<>();
        List<String> dosage = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<UUID> keptOrder = new ArrayList<>();
        for (ItemDraft d : drafts) {
            ProgramItem old = d.existingId() == null ? null : byId.get(d.existingId());
            if (old == null) {
                added.add(d.slug());
                continue;
            }
            keptOrder.add(old.id);
            if (!sameDosage(old, d.dosage())) {
                dosage.add(d.slug());
            }
            if (!Objects.equals(old.note, d.note())) {
                notes.add(d.slug());
            }
        }
        List<String> removed = before.stream().filter(i -> !keptOrder.contains(i.id)).map(i -> i.exerciseSlug).toList();
        List<UUID> oldOrder = before.stream().map(i -> i.id).filter(keptOrder::contains).toList();
        List<String> schedule = new ArrayList<>();
        if (p.sessionsPerDay != s.sessionsPerDay()) {
            schedule.add("sessionsPerDay");
        }
        if (p.daysPerWeek != s.daysPerWeek()) {
            schedule.add("daysPerWeek");
        }
        if (!p.scheduledDays.equals(Program.formatDays(s.weekdays()))) {
            schedule.add("weekdays");
        }
        if (!p.startDate.equals(s.startDate())) {
            schedule.add("startDate");
        }
        if (!Objects.equals(p.reviewDate, s.reviewDate())) {
            schedule.add("reviewDate");
        }
        if (!Objects.equals(p.endDate, s.endDate())) {
            schedule.add("endDate");
        }
        return new ProgramRevision.Summary("revised", added, removed, dosage, notes, !oldOrder.equals(keptOrder),
                schedule, !p.title.equals(title.strip()));
    }

    private static boolean sameDosage(ProgramItem i, Dosage d) {
        return Objects.equals(i.holdSeconds, d.holdSeconds()) && Objects.equals(i.reps, d.reps())
                && Objects.equals(i.sets, d.sets()) && i.perSide == d.isPerSide()
                && Objects.equals(i.breaths, d.breaths());
    }

    private static ProgramItem newItem(Program p, ExerciseSnapshot s, int revision, OffsetDateTime now) {
        ProgramItem item = new ProgramItem();
        item.id = UUID.randomUUID();
        item.program = p;
        item.addedRevision = revision;
        item.addedAt = now;
        item.exerciseSlug = s.slug();
        item.exerciseVersion = s.version();
        item.name = s.name();
        item.purpose = s.purpose();
        item.steps = s.steps();
        item.cautions = s.cautions();
        item.contraindications = s.contraindications();
        item.catalogDosage = s.catalogDosage();
        return item;
    }

    private static void setDosage(ProgramItem item, Dosage d) {
        item.holdSeconds = d.holdSeconds();
        item.reps = d.reps();
        item.sets = d.sets();
        item.perSide = d.isPerSide();
        item.breaths = d.breaths();
    }
}
