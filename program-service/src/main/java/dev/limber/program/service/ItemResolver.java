package dev.limber.program.service;

import dev.limber.program.client.CatalogClient;
import dev.limber.program.client.CatalogDosage;
import dev.limber.program.client.CatalogExercise;
import dev.limber.program.client.CatalogTemplate;
import dev.limber.program.domain.Dosage;
import dev.limber.program.domain.ProgramItem;
import dev.limber.program.rest.Problem;
import dev.limber.program.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the therapist asked for (exercises and/or a template) into items with snapshots. Runs outside any
 * database transaction because it calls catalog-service. Items the program already has (same slug, and same
 * version when one is named) keep their id and snapshot and need no catalog call.
 */
@ApplicationScoped
public class ItemResolver {

    private final CatalogClient catalog;

    public ItemResolver(CatalogClient catalog) {
        this.catalog = catalog;
    }

    private record Pending(String slug, Integer version, Dosage base, Dosage override, String note, String field) {
    }

    public List<ItemDraft> resolve(String template, List<ItemRequest> requests, List<ProgramItem> existing) {
        List<Pending> pending = new ArrayList<>();
        if (template != null) {
            CatalogTemplate t = catalog.template(template)
                    .orElseThrow(() -> ProblemException.invalid("template", "no template with this slug"));
            for (CatalogTemplate.Item item : t.items()) {
                pending.add(new Pending(item.exercise(), item.exerciseVersion(), dosage(item.dosage()), null,
                        item.note(), "template"));
            }
        }
        for (int i = 0; i < requests.size(); i++) {
            ItemRequest r = requests.get(i);
            pending.add(new Pending(r.exercise(), r.version(), null, r.override(), r.note(),
                    "items[" + i + "].exercise"));
        }
        if (pending.isEmpty()) {
            throw ProblemException.invalid("items", "a program needs at least one exercise (items or template)");
        }
        List<ProgramItem> unmatched = new ArrayList<>(existing);
        Map<String, Optional<CatalogExercise>> fetched = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ItemDraft> drafts = new ArrayList<>();
        for (Pending p : pending) {
            Optional<ProgramItem> same = unmatched.stream().filter(e -> e.exerciseSlug.equals(p.slug())
                    && (p.version() == null || p.version() == e.exerciseVersion)).findFirst();
            if (same.isPresent()) {
                ProgramItem e = same.get();
                unmatched.remove(e);
                Dosage base = p.base() != null ? p.base() : effective(e);
                drafts.add(new ItemDraft(e.id, snapshot(e), DosageRules.apply(base, p.override()),
                        p.note() != null ? p.note() : e.note));
                continue;
            }
            Optional<CatalogExercise> found = fetched.computeIfAbsent(p.slug() + "@" + p.version(),
                    k -> catalog.exercise(p.slug(), p.version()));
            if (found.isEmpty()) {
                errors.add(new Problem.FieldError(p.field(), p.version() == null ? "no exercise with this slug"
                        : "no version " + p.version() + " of exercise '" + p.slug() + "'"));
            } else if (found.get().retired() && p.version() == null) {
                errors.add(new Problem.FieldError(p.field(), "this exercise is retired"));
            } else {
                ExerciseSnapshot s = snapshot(found.get());
                Dosage base = p.base() != null ? p.base() : s.catalogDosage();
                drafts.add(new ItemDraft(null, s, DosageRules.apply(base, p.override()), p.note()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid input", "Some items name unknown or retired exercises", errors);
        }
        return drafts;
    }

    static ExerciseSnapshot snapshot(CatalogExercise e) {
        return new ExerciseSnapshot(e.slug(), e.version(), e.name(), e.purpose(), listOf(e.steps()),
                listOf(e.cautions()), listOf(e.contraindications()), dosage(e.dosage()));
    }

    static ExerciseSnapshot snapshot(ProgramItem i) {
        return new ExerciseSnapshot(i.exerciseSlug, i.exerciseVersion, i.name, i.purpose, i.steps, i.cautions,
                i.contraindications, i.catalogDosage);
    }

    static Dosage effective(ProgramItem i) {
        Dosage c = i.catalogDosage;
        return new Dosage(i.holdSeconds, c.holdSecondsMax(), i.reps, c.repsMax(), i.sets, i.perSide, i.breaths,
                c.breathsMax(), c.timesPerDay(), c.timesPerDayMax(), c.note());
    }

    static Dosage dosage(CatalogDosage d) {
        if (d == null) {
            return Dosage.EMPTY;
        }
        return new Dosage(d.holdSeconds(), d.holdSecondsMax(), d.reps(), d.repsMax(), d.sets(),
                Boolean.TRUE.equals(d.perSide()), d.breaths(), d.breathsMax(), d.timesPerDay(), d.timesPerDayMax(),
                d.note());
    }

    private static List<String> listOf(List<String> list) {
        return list == null ? List.of() : list;
    }
}
