package dev.limber.catalog.repository;

import dev.limber.catalog.domain.Exercise;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
     * Loads an exercise for editing, holding its row lock until the transaction ends, so concurrent
     * edits of one exercise run one after the other and each sees the version the previous wrote.
     */
    public Optional<Exercise> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Retires without touching the version: retiring is not an edit of the text. */
    public void retire(Exercise exercise, String by) {
        update("retiredAt = ?1, retiredBy = ?2 where id = ?3 and retiredAt is null",
                OffsetDateTime.now(), by, exercise.id);
    }
}
