package dev.limber.catalog.service;

import dev.limber.catalog.domain.Exercise;
import dev.limber.catalog.domain.ExerciseVersion;
import dev.limber.catalog.repository.ExerciseRepository;
import dev.limber.catalog.repository.ExerciseVersionRepository;
import dev.limber.catalog.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and edits exercises (search is {@link ExerciseSearchService}). Every edit writes a new immutable
 * version; the version a client edits must still be the current one, or the edit is refused with 409.
 */
@ApplicationScoped
public class ExerciseService {

    private final ExerciseRepository exercises;
    private final ExerciseVersionRepository versions;

    public ExerciseService(ExerciseRepository exercises, ExerciseVersionRepository versions) {
        this.exercises = exercises;
        this.versions = versions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExerciseVersion current(String slug) {
        return versions.findCurrent(slug).orElseThrow(() -> notFound(slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExerciseVersion version(String slug, int number) {
        return versions.findVersion(slug, number).orElseThrow(() -> exercises.findBySlug(slug).isPresent()
                ? ProblemException.notFound("Exercise '" + slug + "' has no version " + number)
                : notFound(slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExerciseVersion> history(String slug) {
        List<ExerciseVersion> history = versions.history(slug);
        if (history.isEmpty()) {
            throw notFound(slug);
        }
        return history;
    }

    @Transactional
    public ExerciseVersion create(ExerciseVersion content, String slug, String user) {
        String finalSlug = slug != null ? slug : Slugs.fromName(content.name);
        if (exercises.findBySlug(finalSlug).isPresent()) {
            throw ProblemException.conflict("An exercise with slug '" + finalSlug + "' already exists");
        }
        Exercise exercise = new Exercise();
        exercise.slug = finalSlug;
        exercise.version = 1;
        exercise.createdAt = OffsetDateTime.now();
        exercises.persist(exercise);
        return writeVersion(exercise, 1, content, user);
    }

    @Transactional
    public ExerciseVersion update(String slug, int editedVersion, ExerciseVersion content, String user) {
        Exercise exercise = exercises.findBySlugForUpdate(slug).orElseThrow(() -> notFound(slug));
        if (exercise.isRetired()) {
            throw ProblemException.conflict("Exercise '" + slug + "' is retired and can no longer be edited");
        }
        if (exercise.version != editedVersion) {
            throw ProblemException.conflict("Version " + editedVersion + " of '" + slug
                    + "' is no longer the current one (now " + exercise.version
                    + "); reload the exercise and apply your edit again");
        }
        exercise.version = editedVersion + 1;
        versions.clearCurrent(exercise.id);
        return writeVersion(exercise, editedVersion + 1, content, user);
    }

    /** Retiring hides an exercise from search and new prescriptions; every version stays readable. */
    @Transactional
    public void retire(String slug, String user) {
        Exercise exercise = exercises.findBySlug(slug).orElseThrow(() -> notFound(slug));
        exercises.retire(exercise, user);
    }

    private ExerciseVersion writeVersion(Exercise exercise, int number, ExerciseVersion content, String user) {
        content.exercise = exercise;
        content.version = number;
        content.current = true;
        content.createdAt = OffsetDateTime.now();
        content.createdBy = user;
        versions.persist(content);
        return content;
    }

    /** Latest versions of several exercises by slug, for templates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ExerciseVersion> currentBySlug(List<Exercise> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        return versions.findCurrentOf(of.stream().map(e -> e.id).toList()).stream()
                .collect(Collectors.toMap(v -> v.exercise.slug, Function.identity()));
    }

    static ProblemException notFound(String slug) {
        return ProblemException.notFound("No exercise with slug '" + slug + "'");
    }
}
