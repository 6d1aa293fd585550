package dev.limber.program.service;

import dev.limber.program.domain.StaffMember;
import dev.limber.program.repository.StaffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where alerts are sent: each therapist and clinic admin as last seen in their token (e-mail, roles,
 * clinic). Kept up to date as staff use Limber, at most once every ten minutes per person.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Duration REFRESH = Duration.ofMinutes(10);

    private final StaffRepository staff;
    private final Map<String, Instant> recentlySeen = new ConcurrentHashMap<>();

    public StaffDirectory(StaffRepository staff) {
        this.staff = staff;
    }

    /** Records a staff member's contact details; cheap (no database call) when recorded a moment ago. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saw(Caller caller, String email, String displayName) {
        if (!caller.staff()) {
            return;
        }
        Instant last = recentlySeen.get(caller.subject());
        if (last != null && last.isAfter(Instant.now().minus(REFRESH))) {
            return;
        }
        record(caller, email, displayName);
        recentlySeen.put(caller.subject(), Instant.now());
    }

    private void record(Caller caller, String email, String displayName) {
        staff.upsert(caller.subject(), caller.clinicId(), email, displayName, caller.therapist(), caller.clinicAdmin());
    }

    /** E-mail addresses for an alert about a patient: their therapist, and the clinic's admins if asked. */
    public Set<String> recipients(String clinicId, String therapistSubject, boolean withAdmins) {
        Set<String> to = new LinkedHashSet<>();
        staff.findByIdOptional(therapistSubject).map(m -> m.email).filter(e -> e != null && !e.isBlank())
                .ifPresent(to::add);
        if (withAdmins) {
            staff.admins(clinicId).stream().map(m -> m.email).filter(e -> e != null && !e.isBlank()).forEach(to::add);
        }
        return to;
    }

    public Optional<StaffMember> find(String subject) {
        return staff.findByIdOptional(subject);
    }
}
