package dev.limber.program.repository;

import dev.limber.program.domain.StaffMember;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The staff directory learned from tokens. */
@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<StaffMember, String> {

    /** Records a staff member's details; concurrent first requests of one person update one row. */
    public void upsert(String subject, String clinicId, String email, String displayName, boolean therapist,
            boolean clinicAdmin) {
        getEntityManager().createNativeQuery("""
                INSERT INTO staff_member (subject, clinic_id, email, display_name, therapist, clinic_admin, last_seen_at)
                VALUES (:subject, :clinic, :email, :name, :therapist, :admin, now())
                ON CONFLICT (subject) DO UPDATE SET clinic_id = EXCLUDED.clinic_id, email = EXCLUDED.email,
                    display_name = EXCLUDED.display_name, therapist = EXCLUDED.therapist,
                    clinic_admin = EXCLUDED.clinic_admin, last_seen_at = EXCLUDED.last_seen_at""")
                .setParameter("subject", subject).setParameter("clinic", clinicId).setParameter("email", email)
                .setParameter("name", displayName).setParameter("therapist", therapist)
                .setParameter("admin", clinicAdmin).executeUpdate();
    }

    public List<StaffMember> admins(String clinicId) {
        return list("clinicId = ?1 and clinicAdmin = true", clinicId);
    }
}
