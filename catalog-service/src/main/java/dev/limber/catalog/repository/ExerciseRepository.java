package dev.limber.catalog.repository;

import dev.limber.catalog.domain.Exercise;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Exercise identities. */
@ApplicationScoped
public class ExerciseRepository implements PanacheRepository<Exercise> {

    public Optional<Exercise> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Exercise> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    /**
     * Moves an exercise from {@code expected} to the next version number, only if nobody else did
     * first; the row lock this takes serialises concurrent edits. False means the edit is stale.
     */
    public boolean advanceVersion(Exercise exercise, int expected) {
        return update("version = ?1 where id = ?2 and version = ?3", expected + 1, exercise.id, expected) == 1;
    }

    /** Retires without touching the version: retiring is not an edit of the text. */
    public void retire(Exercise exercise, String by) {
        update("retiredAt = ?1, retiredBy = ?2 where id = ?3 and retiredAt is null",
                OffsetDateTime.now(), by, exercise.id);
    }
}
