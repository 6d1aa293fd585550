package dev.limber.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Generated patients for the portal benchmark, written straight into program-service's database the way its
 * own transactions would have written them (patients with an active five-item program, sessions on about 80%
 * of days, the patient_day tallies of those sessions, resolved flags). Only rows of patients whose subject
 * starts with the given prefix are touched, so the demo clinics stay as they are.
 */
final class PortalSeed {

    private PortalSeed() {
    }

    static void patientsWithPrograms(Connection c, String clinic, String therapist, String prefix, int count,
            int historyDays) throws SQLException {
        exec(c, """
                INSERT INTO patient (id, clinic_id, subject, display_name, birth_year, condition_summary, pain_onset,
                    baseline_pain, time_zone, therapist_subject, created_at, created_by)
                SELECT gen_random_uuid(), ?, ? || n, 'Patient ' || lpad(n::text, 4, '0'), 1940 + n % 60,
                    'Non-specific low back pain', current_date - ? - 30, 5 + n % 3, 'Europe/London',
                    ?, now() - make_interval(days => ? + 30), 'bench'
                FROM generate_series(1, ?) n""", clinic, prefix, historyDays, therapist, historyDays, count);
        exec(c, """
                INSERT INTO program (id, clinic_id, patient_id, title, status, revision, sessions_per_day, days_per_week,
                    scheduled_days, start_date, activated_at, created_at, created_by, updated_at, updated_by)
                SELECT gen_random_uuid(), clinic_id, id, 'Back and hips', 'ACTIVE', 1, 1, 7,
                    'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY', current_date - ?,
                    now() - make_interval(days => ?), now() - make_interval(days => ? + 1), therapist_subject, now(),
                    therapist_subject
                FROM patient WHERE subject LIKE ? || '%'""", historyDays, historyDays, historyDays, prefix);
        exec(c, """
                INSERT INTO program_item (id, program_id, position, added_revision, added_at, exercise_slug,
                    exercise_version, name, purpose, steps, catalog_dosage, hold_seconds, reps, sets, per_side)
                SELECT gen_random_uuid(), p.id, k, 1, p.activated_at,
                    (ARRAY['runners-lunge','childs-pose','supine-figure-4','glute-bridge','cat-cow'])[k], 1,
                    (ARRAY['Runner''s Lunge','Child''s Pose','Supine Figure 4','Glute Bridge','Cat-Cow'])[k],
                    'A generated benchmark exercise.', ARRAY['Get into position.', 'Move slowly.', 'Hold and breathe.'],
                    CASE WHEN k = 1 THEN '{"holdSeconds":30,"perSide":true}' ELSE '{"reps":10,"sets":2,"perSide":false}' END::jsonb,
                    CASE WHEN k = 1 THEN 30 END, CASE WHEN k > 1 THEN 10 END, CASE WHEN k > 1 THEN 2 END, k = 1
                FROM program p JOIN patient pa ON pa.id = p.patient_id CROSS JOIN generate_series(1, 5) k
                WHERE pa.subject LIKE ? || '%'""", prefix);
        exec(c, """
                INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
                    scheduled_days)
                SELECT gen_random_uuid(), p.id, 1, p.activated_at, p.created_by, '{"kind":"created"}'::jsonb,
                    p.sessions_per_day, p.scheduled_days
                FROM program p JOIN patient pa ON pa.id = p.patient_id WHERE pa.subject LIKE ? || '%'""", prefix);
    }

    static void history(Connection c, String prefix, int fromDay, int toDay) throws SQLException {
        exec(c, """
                INSERT INTO session_log (id, clinic_id, patient_id, program_id, program_revision, performed_at, local_day,
                    completion, items, pain_before, pain_after, pain_during, difficulty, note, created_at)
                SELECT gen_random_uuid(), p.clinic_id, p.patient_id, p.id, 1,
                    (current_date - d) + time '07:00' + random() * interval '12 hours', current_date - d,
                    CASE WHEN random() < 0.85 THEN 'FULL' ELSE 'PARTIAL' END, i.items,
                    2 + (random() * 4)::int, 1 + (random() * 3)::int, 2 + (random() * 3)::int, 'RIGHT', NULL,
                    (current_date - d) + time '20:00'
                FROM program p JOIN patient pa ON pa.id = p.patient_id
                JOIN (SELECT program_id, jsonb_agg(jsonb_build_object('itemId', id, 'done', true, 'sidesDone',
                          CASE WHEN per_side THEN 'BOTH' END) ORDER BY position) AS items
                      FROM program_item GROUP BY program_id) i ON i.program_id = p.id
                CROSS JOIN generate_series(?, ?) d
                WHERE pa.subject LIKE ? || '%' AND random() < 0.8""", fromDay, toDay, prefix);
        exec(c, """
                INSERT INTO patient_day (patient_id, day, full_sessions, partial_sessions, pain_before_sum, pain_count)
                SELECT s.patient_id, s.local_day, count(*) FILTER (WHERE s.completion = 'FULL'),
                    count(*) FILTER (WHERE s.completion = 'PARTIAL'), sum(s.pain_before), count(*)
                FROM session_log s JOIN patient pa ON pa.id = s.patient_id
                WHERE pa.subject LIKE ? || '%' GROUP BY s.patient_id, s.local_day""", prefix);
        exec(c, """
                INSERT INTO flag (id, clinic_id, patient_id, severity, status, created_at, source, acknowledged_at,
                    acknowledged_by, resolved_at, resolved_by, outcome)
                SELECT gen_random_uuid(), clinic_id, id, 'REVIEW', 'RESOLVED', now() - make_interval(days => 30 * k),
                    'SESSION', now() - make_interval(days => 30 * k), therapist_subject,
                    now() - make_interval(days => 30 * k - 1), therapist_subject, 'PROGRAM_CONTINUED'
                FROM patient CROSS JOIN generate_series(1, 4) k WHERE subject LIKE ? || '%'""", prefix);
        exec(c, """
                UPDATE patient pa SET last_session_at = x.last
                FROM (SELECT patient_id, max(performed_at) AS last FROM session_log GROUP BY patient_id) x
                WHERE x.patient_id = pa.id AND pa.subject LIKE ? || '%'""", prefix);
        for (String table : new String[] {"patient", "program", "program_item", "session_log", "patient_day", "flag"}) {
            exec(c, "ANALYZE " + table);
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }
}
