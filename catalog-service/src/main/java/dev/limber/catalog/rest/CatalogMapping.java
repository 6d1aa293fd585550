package dev.limber.catalog.rest;

import dev.limber.catalog.domain.Dosage;
import dev.limber.catalog.domain.ExerciseVersion;
import dev.limber.catalog.domain.RoutineTemplate;
import dev.limber.catalog.domain.TemplateItem;
import dev.limber.catalog.repository.ExerciseListing;
import dev.limber.catalog.service.RoutineDuration;
import java.util.List;
import java.util.Map;

/** Converts between entities and the API's records; entities never leave the service. */
final class CatalogMapping {

    private CatalogMapping() {
    }

    static ExerciseVersion content(ExerciseInput in) {
        ExerciseVersion v = new ExerciseVersion();
        v.name = in.name().strip();
        v.aliases = orEmpty(in.aliases());
        v.purpose = in.purpose().strip();
        v.steps = in.steps().stream().map(String::strip).toList();
        v.category = in.category();
        v.startingPosition = in.position();
        v.regions = distinct(in.regions());
        v.muscles = distinct(in.muscles());
        v.equipment = distinct(orEmpty(in.equipment()));
        v.cautions = orEmpty(in.cautions());
        v.contraindications = distinct(orEmpty(in.contraindications()));
        v.dosage = dosage(in.dosage());
        v.sourceArticles = orEmpty(in.sourceArticles());
        v.changeNote = in.changeNote();
        return v;
    }

    static Dosage dosage(DosageDto in) {
        if (in == null) {
            return null;
        }
        Dosage d = new Dosage();
        d.holdSeconds = in.holdSeconds();
        d.holdSecondsMax = in.holdSecondsMax();
        d.reps = in.reps();
        d.repsMax = in.repsMax();
        d.sets = in.sets();
        d.perSide = in.perSideOrFalse();
        d.breaths = in.breaths();
        d.breathsMax = in.breathsMax();
        d.timesPerDay = in.timesPerDay();
        d.timesPerDayMax = in.timesPerDayMax();
        d.note = in.note();
        return d;
    }

    static DosageDto dto(Dosage d) {
        return new DosageDto(d.holdSeconds, d.holdSecondsMax, d.reps, d.repsMax, d.sets, d.perSide, d.breaths,
                d.breathsMax, d.timesPerDay, d.timesPerDayMax, d.note);
    }

    static ExerciseView view(ExerciseVersion v) {
        return new ExerciseView(v.exercise.slug, v.version, v.exercise.version, v.exercise.isRetired(), v.name,
                v.aliases, v.purpose, v.steps, v.category, v.startingPosition, v.regions, v.muscles, v.equipment,
                v.cautions, v.contraindications, dto(v.dosage), v.sourceArticles, v.changeNote, v.createdAt,
                v.createdBy);
    }

    static ExerciseSummary summary(ExerciseListing l) {
        return new ExerciseSummary(l.slug(), l.version(), l.name(), l.aliases(), l.purpose(), l.category(), l.position(),
                dto(l.dosage()), l.regions(), l.muscles(), l.equipment(), l.contraindications());
    }

    static VersionSummary versionSummary(ExerciseVersion v) {
        return new VersionSummary(v.version, v.current, v.name, v.changeNote, v.createdAt, v.createdBy);
    }

    static TemplateView view(RoutineTemplate t, Map<String, ExerciseVersion> current, RoutineDuration duration) {
        List<TemplateView.Item> items = t.items.stream().map(i -> item(i, current.get(i.exercise.slug), duration)).toList();
        return new TemplateView(t.slug, t.version, t.name, t.description, t.sourceArticle, t.builtIn,
                duration.totalSeconds(t.items.stream().map(i -> i.dosage).toList()), items, t.createdAt, t.createdBy,
                t.updatedAt, t.updatedBy);
    }

    static TemplateSummary summary(RoutineTemplate t, RoutineDuration duration) {
        return new TemplateSummary(t.slug, t.version, t.name, t.description, t.builtIn, t.items.size(),
                duration.totalSeconds(t.items.stream().map(i -> i.dosage).toList()));
    }

    private static TemplateView.Item item(TemplateItem i, ExerciseVersion current, RoutineDuration duration) {
        return new TemplateView.Item(i.position, i.exercise.slug, current.version, current.name, current.purpose,
                i.exercise.isRetired(), dto(i.dosage), i.note, duration.itemSeconds(i.dosage));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}
