package dev.limber.catalog.repository;

import dev.limber.catalog.domain.RoutineTemplate;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Routine templates, always loaded with their items and exercises (no lazy N+1 when rendering). */
@ApplicationScoped
public class TemplateRepository implements PanacheRepository<RoutineTemplate> {

    public Optional<RoutineTemplate> findBySlug(String slug) {
        return find("""
                select distinct t from RoutineTemplate t
                left join fetch t.items i left join fetch i.exercise
                where t.slug = ?1""", slug).singleResultOptional();
    }

    public List<RoutineTemplate> listAll() {
        return list("""
                select distinct t from RoutineTemplate t
                left join fetch t.items i left join fetch i.exercise
                order by t.builtIn desc, t.name""");
    }

    /** Loads a template for editing, holding its row lock so concurrent edits run one after the other. */
    public Optional<RoutineTemplate> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }
}
