package dev.limber.catalog.repository;

import dev.limber.catalog.domain.ExerciseVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Immutable exercise versions. */
@ApplicationScoped
public class ExerciseVersionRepository implements PanacheRepository<ExerciseVersion> {

    public Optional<ExerciseVersion> findCurrent(String slug) {
        return find("from ExerciseVersion v join fetch v.exercise e where e.slug = ?1 and v.current = true", slug)
                .firstResultOptional();
    }

    public Optional<ExerciseVersion> findVersion(String slug, int version) {
        return find("from ExerciseVersion v join fetch v.exercise e where e.slug = ?1 and v.version = ?2", slug, version)
                .firstResultOptional();
    }

    public List<ExerciseVersion> history(String slug) {
        return list("from ExerciseVersion v join fetch v.exercise e where e.slug = ?1 order by v.version desc", slug);
    }

    public List<ExerciseVersion> findCurrentOf(Collection<Long> exerciseIds) {
        return list("from ExerciseVersion v join fetch v.exercise e where e.id in ?1 and v.current = true", exerciseIds);
    }

    public void clearCurrent(long exerciseId) {
        update("current = false where exercise.id = ?1 and current = true", exerciseId);
    }
}
