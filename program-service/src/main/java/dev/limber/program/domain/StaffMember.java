package dev.limber.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A therapist or clinic admin as last seen in their token: where their alerts are sent. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    public String subject;

    @Column(name = "clinic_id", nullable = false)
    public String clinicId;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(nullable = false)
    public boolean therapist;

    @Column(name = "clinic_admin", nullable = false)
    public boolean clinicAdmin;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;
}
