package dev.limber.program.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Patients, active programs (five items each) and their history, written with SQL straight into the schema the
 * service reads, in the shapes the service itself writes.
 */
final class BenchData {

    static final String EVERY_DAY = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY";
    static final String CREATED = "{\"kind\":\"created\",\"itemsAdded\":[\"runners-lunge\",\"childs-pose\","
            + "\"supine-figure-4\",\"glute-bridge\",\"cat-cow\"],\"itemsRemoved\":[],\"dosageChanged\":[],"
            + "\"notesChanged\":[],\"orderChanged\":false,\"scheduleChanged\":[],\"titleChanged\":false}";

    /** A patient who logs sessions: their token subject, program and item ids (the first item is per side). */
    record SessionPatient(String subject, UUID patientId, UUID programId, List<UUID> itemIds, String zone) {
    }

    private BenchData() {
    }

    /** Patients of {@code therapist}, each with one active program of five items (revision 1, every day). */
    static void patientsWithPrograms(Connection c, String clinic, String therapist, String subjectPrefix, int count,
            int historyDays) throws SQLException {
        exec(c, """
                INSERT INTO patient (id, clinic_id, subject, display_name, birth_year, condition_summary, pain_onset,
                    baseline_pain, time_zone, therapist_subject, created_at, created_by)
                SELECT gen_random_uuid(), ?, ? || n, 'Patient ' || lpad(n::text, 4, '0'), 1940 + n % 60,
                    'Non-specific low back pain', current_date - ? - 30, 5 + n % 3,
                    (ARRAY['Europe/Lisbon','Europe/Berlin','America/New_York','America/Los_Angeles','Asia/Tokyo'])[1 + n % 5],
                    ?, now() - make_interval(days => ? + 30), 'bench'
                FROM generate_series(1, ?) n""", clinic, subjectPrefix, historyDays, therapist, historyDays, count);
        exec(c, """
                INSERT INTO program (id, clinic_id, patient_id, title, status, revision, sessions_per_day, days_per_week,
                    scheduled_days, start_date, activated_at, created_at, created_by, updated_at, updated_by)
                SELECT gen_random_uuid(), clinic_id, id, 'Back and hips', 'ACTIVE', 1, 1, 7, ?, current_date - ?,
                    now() - make_interval(days => ?), now() - make_interval(days => ? + 1), therapist_subject, now(),
                    therapist_subject
                FROM patient WHERE clinic_id = ?""", EVERY_DAY, historyDays, historyDays, historyDays, clinic);
        exec(c, """
                INSERT INTO program_item (id, program_id, position, added_revision, added_at, exercise_slug,
                    exercise_version, name, purpose, steps, catalog_dosage, hold_seconds, reps, sets, per_side)
                SELECT gen_random_uuid(), p.id, k, 1, p.activated_at,
                    (ARRAY['runners-lunge','childs-pose','supine-figure-4','glute-bridge','cat-cow'])[k], 1,
                    (ARRAY['Runner''s Lunge','Child''s Pose','Supine Figure 4','Glute Bridge','Cat-Cow'])[k],
                    'A generated benchmark exercise.', ARRAY['Get into position.', 'Move slowly.', 'Hold and breathe.'],
                    CASE WHEN k = 1 THEN '{"holdSeconds":30,"perSide":true}' ELSE '{"reps":10,"sets":2,"perSide":false}' END::jsonb,
                    CASE WHEN k = 1 THEN 30 END, CASE WHEN k > 1 THEN 10 END, CASE WHEN k > 1 THEN 2 END, k = 1
                FROM program p CROSS JOIN generate_series(1, 5) k WHERE p.clinic_id = ?""", clinic);
        exec(c, """
                INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
                    scheduled_days)
                SELECT gen_random_uuid(), id, 1, activated_at, created_by, ?::jsonb, sessions_per_day, scheduled_days
                FROM program WHERE clinic_id = ?""", CREATED, clinic);
        analyze(c);
    }

    static List<SessionPatient> sessionPatients(Connection c, String clinic) throws SQLException {
        List<SessionPatient> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT pa.subject, pa.id, p.id, array_agg(i.id ORDER BY i.position), pa.time_zone
                FROM patient pa JOIN program p ON p.patient_id = pa.id JOIN program_item i ON i.program_id = p.id
                WHERE pa.clinic_id = ? GROUP BY pa.subject, pa.id, p.id, pa.time_zone ORDER BY pa.subject""")) {
            ps.setString(1, clinic);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SessionPatient(rs.getString(1), (UUID) rs.getObject(2), (UUID) rs.getObject(3),
                            List.of((UUID[]) rs.getArray(4).getArray()), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /**
     * Sessions on about 80 % of the days {@code fromDay} to {@code toDay} days ago for every patient of the clinic,
     * written oldest day first as the service writes them (so a day's rows share pages, as they do in production),
     * the patient_day tallies the session transaction would have kept for them, and four resolved flags a year.
     * Foreign-key triggers are skipped for the bulk insert (session_replication_role): every id is taken from the
     * rows it references.
     */
    static void history(Connection c, String clinic, int fromDay, int toDay) throws SQLException {
        exec(c, "SET session_replication_role = replica");
        exec(c, """
                INSERT INTO session_log (id, clinic_id, patient_id, program_id, program_revision, performed_at, local_day,
                    completion, items, pain_before, pain_after, pain_during, difficulty, note, created_at)
                SELECT gen_random_uuid(), p.clinic_id, p.patient_id, p.id, 1,
                    (current_date - d) + time '07:00' + random() * interval '12 hours', current_date - d,
                    CASE WHEN random() < 0.85 THEN 'FULL' ELSE 'PARTIAL' END, i.items,
                    2 + (random() * 4)::int, 1 + (random() * 3)::int, 2 + (random() * 3)::int, 'RIGHT', NULL,
                    (current_date - d) + time '20:00'
                FROM program p
                JOIN (SELECT program_id, jsonb_agg(jsonb_build_object('itemId', id, 'done', true, 'sidesDone',
                          CASE WHEN per_side THEN 'BOTH' END) ORDER BY position) AS items
                      FROM program_item GROUP BY program_id) i ON i.program_id = p.id
                CROSS JOIN generate_series(?, ?) d
                WHERE p.clinic_id = ? AND random() < 0.8
                ORDER BY d DESC""", fromDay, toDay, clinic);
        exec(c, """
                INSERT INTO patient_day (patient_id, day, full_sessions, partial_sessions, pain_before_sum, pain_count)
                SELECT patient_id, local_day, count(*) FILTER (WHERE completion = 'FULL'),
                    count(*) FILTER (WHERE completion = 'PARTIAL'), sum(pain_before), count(*)
                FROM session_log WHERE clinic_id = ? AND local_day BETWEEN current_date - ? AND current_date - ?
                GROUP BY patient_id, local_day
                ORDER BY local_day""", clinic, toDay, fromDay);
        exec(c, """
                INSERT INTO flag (id, clinic_id, patient_id, severity, status, created_at, source, acknowledged_at,
                    acknowledged_by, resolved_at, resolved_by, outcome)
                SELECT gen_random_uuid(), clinic_id, id, (ARRAY['REVIEW','ADHERENCE','URGENT'])[1 + (random() * 2)::int],
                    'RESOLVED', t, 'SESSION', t + interval '1 hour', therapist_subject, t + interval '1 day',
                    therapist_subject, 'PROGRAM_CONTINUED'
                FROM patient CROSS JOIN generate_series(1, greatest(1, (? - ? + 1) * 4 / 365)) k
                CROSS JOIN LATERAL (SELECT now() - make_interval(days => ? + (random() * (? - ?))::int) AS t
                                    WHERE k > 0) x
                WHERE clinic_id = ?""", toDay, fromDay, fromDay, toDay, fromDay, clinic);
        exec(c, """
                UPDATE patient pa SET last_session_at = x.last
                FROM (SELECT patient_id, max(performed_at) AS last FROM session_log WHERE clinic_id = ? GROUP BY patient_id) x
                WHERE x.patient_id = pa.id AND (pa.last_session_at IS NULL OR pa.last_session_at < x.last)""", clinic);
        exec(c, "SET session_replication_role = origin");
        analyze(c);
    }

    /** Flags still open: one in ten patients has an open one, one in twenty an acknowledged one. */
    static void openFlags(Connection c, String clinic) throws SQLException {
        exec(c, """
                INSERT INTO flag (id, clinic_id, patient_id, severity, status, created_at, source)
                SELECT gen_random_uuid(), clinic_id, id, CASE WHEN random() < 0.2 THEN 'URGENT' ELSE 'REVIEW' END,
                    CASE WHEN random() < 0.66 THEN 'OPEN' ELSE 'ACKNOWLEDGED' END, now() - interval '2 days', 'SESSION'
                FROM patient WHERE clinic_id = ? AND random() < 0.15""", clinic);
    }

    static void analyze(Connection c) throws SQLException {
        exec(c, "ANALYZE patient");
        exec(c, "ANALYZE program");
        exec(c, "ANALYZE program_item");
        exec(c, "ANALYZE program_revision");
        exec(c, "ANALYZE session_log");
        exec(c, "ANALYZE patient_day");
        exec(c, "ANALYZE flag");
    }

    static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
