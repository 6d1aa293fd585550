package dev.limber.program.repository;

import dev.limber.program.domain.Flag;
import dev.limber.program.domain.ProgramStatus;
import dev.limber.program.triage.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The bounded reads behind the caseload, each one statement with a fixed text (never a list of 500 parameters),
 * reading plain values, never managed entities: patients with their followed programs, those programs' schedules
 * and recent pauses, and open flags, selected by the caller's scope (clinic, and therapist unless a clinic admin
 * asks); recent day tallies by the patients' ids as one array. Every read is bounded by the number of patients, not
 * the length of their history.
 */
@ApplicationScoped
public class CaseloadRepository {

    /** Whose caseload: a therapist's patients in their clinic, or every patient of the clinic when null. */
    public record Scope(String clinicId, String therapist) {

        String where() {
            return therapist == null ? "pa.clinicId = :clinic" : "pa.clinicId = :clinic and pa.therapistSubject = :therapist";
        }
    }

    /**
     * A patient and one program they follow (active or paused; the program fields are null when there is none).
     * A patient with both an active and a paused program has a row for each.
     */
    public record PatientRow(UUID patientId, String displayName, String timeZone, OffsetDateTime lastSessionAt,
            UUID programId, ProgramStatus status, LocalDate startDate, LocalDate endDate, OffsetDateTime activatedAt,
            OffsetDateTime completedAt, int sessionsPerDay, String scheduledDays) {
    }

    /** The schedule a program revision put in force. */
    public record ScheduleRow(UUID programId, int revision, OffsetDateTime changedAt, int sessionsPerDay,
            String scheduledDays) {
    }

    /** A pause of a program; {@code endedAt} is null while it lasts. */
    public record PauseRow(UUID programId, OffsetDateTime startedAt, OffsetDateTime endedAt) {
    }

    /** One patient_day row. */
    public record DayRow(UUID patientId, LocalDate day, int full, int partial, int painSum, int painCount) {
    }

    /** How many unresolved flags a patient has and the most urgent of them. */
    public record OpenFlags(long count, Severity mostUrgent) {

        public static final OpenFlags NONE = new OpenFlags(0, null);

        OpenFlags plus(OpenFlags other) {
            return new OpenFlags(count + other.count, mostUrgent.compareTo(other.mostUrgent) <= 0 ? mostUrgent : other.mostUrgent);
        }
    }

    private final EntityManager em;

    public CaseloadRepository(EntityManager em) {
        this.em = em;
    }

    public List<PatientRow> patients(Scope scope) {
        List<Object[]> rows = followed("""
                select pa.id, pa.displayName, pa.timeZone, pa.lastSessionAt, p.id, p.status, p.startDate, p.endDate,
                    p.activatedAt, p.completedAt, p.sessionsPerDay, p.scheduledDays
                from Patient pa left join Program p on p.patientId = pa.id and p.status in (:active, :paused)
                where %s""", scope).getResultList();
        List<PatientRow> patients = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            patients.add(new PatientRow((UUID) r[0], (String) r[1], (String) r[2], (OffsetDateTime) r[3], (UUID) r[4],
                    (ProgramStatus) r[5], (LocalDate) r[6], (LocalDate) r[7], (OffsetDateTime) r[8],
                    (OffsetDateTime) r[9], r[10] == null ? 0 : (Integer) r[10], (String) r[11]));
        }
        return patients;
    }

    /** The schedule history of every followed program in scope, in revision order. */
    public List<ScheduleRow> schedules(Scope scope) {
        List<Object[]> rows = followed("""
                select r.programId, r.revision, r.changedAt, r.sessionsPerDay, r.scheduledDays
                from ProgramRevision r join Program p on p.id = r.programId join Patient pa on pa.id = p.patientId
                where p.status in (:active, :paused) and %s order by r.revision""", scope).getResultList();
        List<ScheduleRow> schedules = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            schedules.add(new ScheduleRow((UUID) r[0], (Integer) r[1], (OffsetDateTime) r[2], (Integer) r[3],
                    (String) r[4]));
        }
        return schedules;
    }

    /** Pauses of followed programs that lasted into {@code since} or later; older ones cannot touch recent days. */
    public List<PauseRow> pausesSince(Scope scope, OffsetDateTime since) {
        List<Object[]> rows = followed("""
                select x.programId, x.startedAt, x.endedAt
                from ProgramPause x join Program p on p.id = x.programId join Patient pa on pa.id = p.patientId
                where p.status in (:active, :paused) and (x.endedAt is null or x.endedAt >= :since) and %s""", scope)
                .setParameter("since", since).getResultList();
        List<PauseRow> pauses = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            pauses.add(new PauseRow((UUID) r[0], (OffsetDateTime) r[1], (OffsetDateTime) r[2]));
        }
        return pauses;
    }

    /**
     * Day tallies of these patients since {@code from}, read through the (patient_id, day) primary key whatever the
     * history length. The ids go as one array parameter: one statement text, and a plan that probes the key per
     * patient (joined by therapist instead, PostgreSQL scans the whole table while the history is still small).
     * About a dozen rows a patient, so they are read with plain JDBC on the session's connection, the day as a
     * number of days after {@code from}: per row, a query's row reader and date conversion cost more than the SQL.
     */
    public List<DayRow> daysSince(Collection<UUID> patientIds, LocalDate from) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT patient_id, day - ?, full_sessions, partial_sessions, pain_before_sum, pain_count
                    FROM patient_day WHERE patient_id = ANY(?) AND day >= ?""")) {
                select.setObject(1, from);
                select.setArray(2, connection.createArrayOf("uuid", patientIds.toArray()));
                select.setObject(3, from);
                List<DayRow> days = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DayRow(rows.getObject(1, UUID.class), from.plusDays(rows.getInt(2)), rows.getInt(3),
                                rows.getInt(4), rows.getInt(5), rows.getInt(6)));
                    }
                }
                return days;
            }
        });
    }

    /**
     * Unresolved flags per patient: how many, and the most urgent severity among them. The statuses are named
     * (not "not resolved") so flag_inbox_idx (clinic_id, status, ...) reads only unresolved flags, however many
     * resolved ones the clinic's history holds.
     */
    public Map<UUID, OpenFlags> openFlags(Scope scope) {
        List<Object[]> rows = select("""
                select f.patientId, f.severity, count(f) from Flag f join Patient pa on pa.id = f.patientId
                where f.clinicId = :clinic and f.status in (:open, :acknowledged) and %s
                group by f.patientId, f.severity""", scope).setParameter("open", Flag.Status.OPEN)
                .setParameter("acknowledged", Flag.Status.ACKNOWLEDGED).getResultList();
        Map<UUID, OpenFlags> open = new HashMap<>();
        for (Object[] r : rows) {
            OpenFlags row = new OpenFlags((Long) r[2], Severity.valueOf((String) r[1]));
            open.merge((UUID) r[0], row, OpenFlags::plus);
        }
        return open;
    }

    /** A read of the patients in scope ({@code %s} in the text is where the scope's condition goes). */
    private TypedQuery<Object[]> select(String hql, Scope scope) {
        TypedQuery<Object[]> query = em.createQuery(hql.formatted(scope.where()), Object[].class)
                .setParameter("clinic", scope.clinicId());
        return scope.therapist() == null ? query : query.setParameter("therapist", scope.therapist());
    }

    /** The same, for reads of followed (active or paused) programs. */
    private TypedQuery<Object[]> followed(String hql, Scope scope) {
        return select(hql, scope).setParameter("active", ProgramStatus.ACTIVE)
                .setParameter("paused", ProgramStatus.PAUSED);
    }
}
