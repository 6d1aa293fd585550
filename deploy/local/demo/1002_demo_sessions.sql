-- Demo data (local stack only): weeks of session history for the demo programs, generated back from the
-- patient's local today, and the patient_day tally and last_session_at that the session-log transaction
-- would have kept. Randomness is md5 of (patient, day, purpose), so every load makes the same pattern.
--
-- Patient (number)  adherence                                  pain before a session
-- Paul (4)          excellent: ~90 % of two sessions a day      5 -> 2, improving
-- Margaret (11)     good: ~70 %                                6 -> 3, improving; one flagged session (V1003)
-- Daniel (12)       slipping: ~85 % until ten days ago, ~30 %  4 -> 7, worsening: the open REVIEW flag (V1003)
-- Sofia (13)        excellent, with a ten-day gap 2-4 weeks ago 5 -> 2 (New York time)
-- Harold (14)       ~75 %, nothing since his program was paused 5 -> 4
-- Grace (15)        ~90 % until her program was completed      6 -> 1
-- Pia (6)           ~80 % (clinic B)                           5 -> 3
--
-- Every active program has a session in the last two days (forced, make-up if the day is unscheduled), so the
-- hourly no-session-7-days job raises no ADHERENCE flag whatever the day the demo is loaded.
-- Daniel's forced sessions one and two days ago (pain at least 6, never lowered by noise) make sure his
-- pain-above-baseline flag exists whatever the load day.
-- Rules kept: sessions only from the start date, on days no pause touches and before the day of completion;
-- the items list names every item of the program (done or not, sidesDone for done per-side items);
-- completion follows SessionCompletion; pain after never exceeds pain before and pain during stays at 5 or
-- less except on Margaret's flagged session, so the pain-monitoring rules fire exactly where V1003 has flags.
-- Ids: d5000000-0000-4000-8000-PPPPKKKKSSSS (P patient number, K days before the local today, S session of the day).

INSERT INTO session_log (id, clinic_id, patient_id, program_id, program_revision, performed_at, local_day, completion,
    items, pain_before, pain_after, pain_during, difficulty, note, created_at)
WITH plan (pn, p_early, p_recent, recent_days, gap_from, gap_to, pain_start, pain_end, partial_pct, minute1, minute2,
        forced) AS (
    VALUES
        (4, 93, 93, 0, -1, -1, 5, 2, 8, 435, 1230, '{1}'::int[]),
        (11, 72, 72, 0, -1, -1, 6, 3, 12, 1080, 0, '{2,27}'::int[]),
        (12, 88, 30, 11, -1, -1, 4, 7, 15, 1170, 0, '{1,2,5,8}'::int[]),
        (13, 92, 92, 0, 26, 16, 5, 2, 8, 400, 0, '{2}'::int[]),
        (14, 78, 78, 0, -1, -1, 5, 4, 10, 600, 0, '{}'::int[]),
        (15, 90, 90, 0, -1, -1, 6, 1, 10, 480, 0, '{}'::int[]),
        (6, 82, 82, 0, -1, -1, 5, 3, 12, 1260, 0, '{1}'::int[])
), prog AS (
    SELECT pl.*, pa.id AS patient_id, pa.clinic_id, pa.time_zone AS tz, pr.id AS program_id, pr.start_date,
        pr.sessions_per_day, string_to_array(pr.scheduled_days, ',') AS weekdays,
        (now() AT TIME ZONE pa.time_zone)::date AS today,
        (pr.completed_at AT TIME ZONE pa.time_zone)::date AS completed_day,
        (SELECT max(i.position) FROM program_item i WHERE i.program_id = pr.id) AS last_pos,
        (SELECT min(i.position) FROM program_item i WHERE i.program_id = pr.id AND i.per_side) AS first_side_pos
    FROM plan pl
    JOIN patient pa ON pa.id = ('d0000000-0000-4000-8000-' || lpad(pl.pn::text, 12, '0'))::uuid
    JOIN program pr ON pr.patient_id = pa.id
), slot AS (
    SELECT p.*, k, s, p.today - k AS d,
        coalesce(p.completed_day, p.today) AS last_day,
        ('x' || substr(md5(concat_ws(':', p.pn, k, s, 'done')), 1, 7))::bit(28)::int % 100 AS r_done,
        ('x' || substr(md5(concat_ws(':', p.pn, k, s, 'partial')), 1, 7))::bit(28)::int % 100 AS r_partial,
        ('x' || substr(md5(concat_ws(':', p.pn, k, s, 'noise')), 1, 7))::bit(28)::int % 100 AS r_noise,
        ('x' || substr(md5(concat_ws(':', p.pn, k, s, 'misc')), 1, 7))::bit(28)::int % 100 AS r_misc
    FROM prog p
    CROSS JOIN LATERAL generate_series(0, p.today - p.start_date) AS k
    CROSS JOIN LATERAL generate_series(1, p.sessions_per_day) AS s
    WHERE (p.completed_day IS NULL OR p.today - k < p.completed_day)
      AND NOT EXISTS (SELECT 1 FROM program_pause x WHERE x.program_id = p.program_id
          AND p.today - k BETWEEN (x.started_at AT TIME ZONE p.tz)::date
              AND coalesce((x.ended_at AT TIME ZONE p.tz)::date, 'infinity'::date))
), done AS (
    SELECT sl.*,
        sl.r_partial < sl.partial_pct + CASE WHEN sl.k < sl.recent_days THEN 25 ELSE 0 END AS partial,
        -- Daniel's pain stays near his baseline for two weeks, then climbs (progress to the fourth power).
        power((sl.d - sl.start_date)::numeric / greatest(1, sl.last_day - sl.start_date),
            CASE WHEN sl.pn = 12 THEN 4 ELSE 1 END) AS progress,
        (sl.d + make_interval(mins => CASE sl.s WHEN 1 THEN sl.minute1 ELSE sl.minute2 END + sl.r_misc % 50))
            AT TIME ZONE sl.tz AS performed_at
    FROM slot sl
    WHERE (sl.weekdays @> ARRAY[(ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'])
                [extract(isodow FROM sl.d)::int]]
            AND NOT sl.k BETWEEN sl.gap_to AND sl.gap_from
            AND sl.r_done < CASE WHEN sl.k < sl.recent_days THEN sl.p_recent ELSE sl.p_early END - (sl.s - 1) * 6)
        OR (sl.s = 1 AND sl.k = ANY (sl.forced))
), pain AS (
    SELECT dn.*,
        least(10, greatest(0, round(dn.pain_start + (dn.pain_end - dn.pain_start) * dn.progress)::int
            + CASE dn.r_noise % 4 WHEN 0 THEN CASE WHEN dn.pn = 12 THEN 0 ELSE -1 END WHEN 1 THEN 1 ELSE 0 END)) AS before,
        dn.pn = 11 AND dn.k = 27 AS flagged
    FROM done dn
    WHERE dn.performed_at <= now() - interval '10 minutes'
)
SELECT ('d5000000-0000-4000-8000-' || lpad(pn::text, 4, '0') || lpad(k::text, 4, '0') || lpad(s::text, 4, '0'))::uuid,
    clinic_id, patient_id, program_id, 1, performed_at, d,
    CASE WHEN partial THEN 'PARTIAL' ELSE 'FULL' END,
    (SELECT jsonb_agg(jsonb_build_object(
                'itemId', i.id,
                'done', NOT (partial AND i.position = last_pos),
                'sidesDone', CASE
                    WHEN NOT i.per_side OR (partial AND i.position = last_pos) THEN NULL
                    WHEN partial AND r_partial % 2 = 1 AND i.position = first_side_pos THEN 'LEFT'
                    ELSE 'BOTH' END,
                'actualHoldSeconds', NULL,
                'actualReps', NULL) ORDER BY i.position)
        FROM program_item i WHERE i.program_id = pain.program_id),
    before,
    CASE WHEN pn = 12 THEN before ELSE greatest(0, before - CASE WHEN r_misc % 3 < 2 THEN 1 ELSE 0 END) END,
    CASE WHEN flagged THEN 6 ELSE least(5, greatest(0, before - 1 + r_misc % 2)) END,
    CASE
        WHEN flagged OR before >= 6 OR r_misc % 10 = 9 THEN 'HARD'
        WHEN r_misc % 10 < 3 AND progress > 0.5 THEN 'EASY'
        ELSE 'RIGHT' END,
    CASE
        WHEN flagged THEN 'Pigeon pose pinched in my right hip today, after a long afternoon in the garden.'
        WHEN pn = 12 AND before >= 6 AND r_misc % 2 = 0 THEN 'Back sore after a long shift lifting boxes.'
        WHEN partial AND r_misc % 3 = 0 THEN 'Short on time today, will do the whole routine tomorrow.'
        WHEN partial AND r_misc % 3 = 1 THEN 'Stopped before the last one, it did not feel right today.'
        WHEN NOT partial AND progress > 0.6 AND r_misc % 17 = 0 THEN 'Felt much looser afterwards.'
        END,
    performed_at + make_interval(mins => 2 + r_noise % 5)
FROM pain;

-- The tally the caseload reads: what SessionRepository#recordActivity adds up, one row per patient and local day.
INSERT INTO patient_day (patient_id, day, full_sessions, partial_sessions, pain_before_sum, pain_count)
SELECT patient_id, local_day,
    count(*) FILTER (WHERE completion = 'FULL'),
    count(*) FILTER (WHERE completion = 'PARTIAL'),
    sum(pain_before),
    count(*)
FROM session_log
GROUP BY patient_id, local_day;

UPDATE patient p SET last_session_at = s.last
FROM (SELECT patient_id, max(performed_at) AS last FROM session_log GROUP BY patient_id) s
WHERE s.patient_id = p.id;
