package dev.limber.program.repository;

import dev.limber.program.domain.StaffMember;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The staff directory learned from tokens. */
@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<StaffMember, String> {

    public List<StaffMember> admins(String clinicId) {
        return list("clinicId = ?1 and clinicAdmin = true", clinicId);
    }
}
