package dev.limber.catalog.service;

import dev.limber.catalog.domain.Dosage;
import dev.limber.catalog.domain.Exercise;
import dev.limber.catalog.domain.ExerciseVersion;
import dev.limber.catalog.domain.RoutineTemplate;
import dev.limber.catalog.domain.TemplateItem;
import dev.limber.catalog.repository.ExerciseRepository;
import dev.limber.catalog.repository.TemplateRepository;
import dev.limber.catalog.rest.Problem;
import dev.limber.catalog.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creates, copies and edits routine templates. Built-in templates mirror the seed articles: copy them to change them. */
@ApplicationScoped
public class TemplateService {

    /** One item of a template being written: an exercise slug, an optional dosage, a note. */
    public record ItemDraft(String exercise, Dosage dosage, String note) {
    }

    private final TemplateRepository templates;
    private final ExerciseRepository exercises;
    private final ExerciseService exerciseService;

    public TemplateService(TemplateRepository templates, ExerciseRepository exercises, ExerciseService exerciseService) {
        this.templates = templates;
        this.exercises = exercises;
        this.exerciseService = exerciseService;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoutineTemplate> list() {
        return templates.listAll();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoutineTemplate get(String slug) {
        return templates.findBySlug(slug).orElseThrow(() -> notFound(slug));
    }

    @Transactional
    public RoutineTemplate create(String slug, String name, String description, List<ItemDraft> items, String user) {
        RoutineTemplate template = newTemplate(slug, name, user);
        template.description = description;
        replaceItems(template, items);
        templates.persist(template);
        return template;
    }

    @Transactional
    public RoutineTemplate update(String slug, int editedVersion, String name, String description,
            List<ItemDraft> items, String user) {
        RoutineTemplate template = templates.findBySlugForUpdate(slug).orElseThrow(() -> notFound(slug));
        if (template.builtIn) {
            throw ProblemException.conflict("Built-in template '" + slug
                    + "' reproduces its source article and cannot be edited; copy it to make your own");
        }
        if (template.version != editedVersion) {
            throw ProblemException.conflict("Version " + editedVersion + " of template '" + slug
                    + "' is no longer the current one (now " + template.version + "); reload it and apply your edit again");
        }
        template.version = editedVersion + 1;
        template.name = name;
        template.description = description;
        template.updatedAt = OffsetDateTime.now();
        template.updatedBy = user;
        replaceItems(template, items);
        return template;
    }

    @Transactional
    public RoutineTemplate copy(String slug, String newSlug, String name, String user) {
        RoutineTemplate source = get(slug);
        RoutineTemplate copy = newTemplate(newSlug, name, user);
        copy.description = source.description;
        copy.sourceArticle = source.sourceArticle;
        for (TemplateItem item : source.items) {
            copy.items.add(item(copy, item.position, item.exercise, item.dosage.copy(), item.note));
        }
        templates.persist(copy);
        return copy;
    }

    @Transactional
    public void delete(String slug) {
        RoutineTemplate template = get(slug);
        if (template.builtIn) {
            throw ProblemException.conflict("Built-in template '" + slug + "' cannot be deleted");
        }
        templates.delete(template);
    }

    private RoutineTemplate newTemplate(String slug, String name, String user) {
        String finalSlug = slug != null ? slug : Slugs.fromName(name);
        if (templates.slugTaken(finalSlug)) {
            throw ProblemException.conflict("A template with slug '" + finalSlug + "' already exists");
        }
        RoutineTemplate template = new RoutineTemplate();
        template.slug = finalSlug;
        template.version = 1;
        template.name = name;
        template.createdAt = OffsetDateTime.now();
        template.createdBy = user;
        template.updatedAt = template.createdAt;
        template.updatedBy = user;
        return template;
    }

    /** Resolves every slug first, so one bad item fails the whole edit and names its position. */
    private void replaceItems(RoutineTemplate template, List<ItemDraft> drafts) {
        Map<String, Exercise> bySlug = exercises.findBySlugs(drafts.stream().map(ItemDraft::exercise).toList())
                .stream().collect(Collectors.toMap(e -> e.slug, Function.identity()));
        Map<String, ExerciseVersion> current = exerciseService.currentBySlug(List.copyOf(bySlug.values()));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Exercise exercise = bySlug.get(drafts.get(i).exercise());
            if (exercise == null) {
                errors.add(new Problem.FieldError("items[" + i + "].exercise", "no exercise with this slug"));
            } else if (exercise.isRetired()) {
                errors.add(new Problem.FieldError("items[" + i + "].exercise", "this exercise is retired"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid input", "Some template items name unknown or retired exercises", errors);
        }
        template.items.clear();
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft draft = drafts.get(i);
            Dosage dosage = draft.dosage() != null ? draft.dosage() : current.get(draft.exercise()).dosage.copy();
            template.items.add(item(template, i + 1, bySlug.get(draft.exercise()), dosage, draft.note()));
        }
    }

    private static TemplateItem item(RoutineTemplate template, int position, Exercise exercise, Dosage dosage, String note) {
        TemplateItem item = new TemplateItem();
        item.template = template;
        item.position = position;
        item.exercise = exercise;
        item.dosage = dosage;
        item.note = note;
        return item;
    }

    static ProblemException notFound(String slug) {
        return ProblemException.notFound("No template with slug '" + slug + "'");
    }
}
