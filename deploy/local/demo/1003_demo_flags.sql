-- Demo data (local stack only): the flags the demo history would have raised, each tied to the session or
-- the week without sessions that raised it, with its audit trail. Exactly one is open: Daniel's REVIEW for
-- worsening pain. No EMERGENCY or URGENT flag (the browser test raises one itself).
-- The patients here have no account, so the session flags' CREATED events name the system actor "limber".
-- Ids: flag d6000000-...-0000000000NN, event d7000000-...-000000000NNE.

-- Daniel (12): open REVIEW, raised by the first session whose worse pain score was at least baseline + 2 after a
-- session that was too (PainMonitoringRules pain-above-baseline). Later sessions fire the same rule again, but
-- a rule already on an unresolved flag is not raised twice.
INSERT INTO flag (id, clinic_id, patient_id, severity, status, created_at, source, rules, rules_version, session_id)
SELECT 'd6000000-0000-4000-8000-000000000001', s.clinic_id, s.patient_id, 'REVIEW', 'OPEN', s.created_at, 'SESSION',
    '[{"id": "pain-above-baseline", "severity": "REVIEW", "explanation": "Pain 2 or more points above the patient''s baseline on two sessions in a row (worsening pain)"}]',
    'pain-monitoring-2026.11-1', s.id
FROM (SELECT sl.*, greatest(sl.pain_before, sl.pain_after) AS worst,
        lag(greatest(sl.pain_before, sl.pain_after)) OVER (ORDER BY sl.performed_at) AS previous_worst
      FROM session_log sl WHERE sl.patient_id = 'd0000000-0000-4000-8000-000000000012') s
JOIN patient p ON p.id = s.patient_id
WHERE s.worst >= p.baseline_pain + 2 AND s.previous_worst >= p.baseline_pain + 2
ORDER BY s.performed_at
LIMIT 1;

-- Margaret (11): REVIEW for pain during above 5 on her flagged session, acknowledged and resolved by tara the
-- next morning (program continued).
INSERT INTO flag (id, clinic_id, patient_id, severity, status, created_at, source, rules, rules_version, session_id,
    acknowledged_at, acknowledged_by, resolved_at, resolved_by, outcome, resolution_note, lock_version)
SELECT 'd6000000-0000-4000-8000-000000000002', s.clinic_id, s.patient_id, 'REVIEW', 'RESOLVED', s.created_at,
    'SESSION',
    '[{"id": "pain-during-above-5", "severity": "REVIEW", "explanation": "Pain during the hardest exercise was above 5 out of 10"}]',
    'pain-monitoring-2026.11-1', s.id,
    ((s.local_day + 1) + time '09:15') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    ((s.local_day + 1) + time '09:40') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    'PROGRAM_CONTINUED',
    'Phoned Margaret: the pigeon pose pinched after a long day gardening and had settled by morning. Advised a smaller range in pigeon pose; carry on.',
    2
FROM session_log s
WHERE s.patient_id = 'd0000000-0000-4000-8000-000000000011' AND s.pain_during > 5;

-- Sofia (13): ADHERENCE from the hourly job on the seventh day after her last session before the gap,
-- acknowledged that morning and resolved the day after she logged a session again.
INSERT INTO flag (id, clinic_id, patient_id, severity, status, created_at, source, rules, rules_version,
    acknowledged_at, acknowledged_by, resolved_at, resolved_by, outcome, resolution_note, lock_version)
SELECT 'd6000000-0000-4000-8000-000000000003', 'clinic-a', 'd0000000-0000-4000-8000-000000000013', 'ADHERENCE',
    'RESOLVED', ((g.since + 7) + time '00:20') AT TIME ZONE 'America/New_York', 'SCHEDULE',
    '[{"id": "no-session-7-days", "severity": "ADHERENCE", "explanation": "No session logged for 7 days on an active program"}]',
    'pain-monitoring-2026.11-1',
    ((g.since + 7) + time '09:40') AT TIME ZONE 'America/New_York', '1a2b0000-0000-4000-8000-000000000001',
    ((g.back + 1) + time '10:05') AT TIME ZONE 'America/New_York', '1a2b0000-0000-4000-8000-000000000001',
    'PROGRAM_CONTINUED', 'Away for work with no time to exercise; back to the routine now. No change to the program.', 2
FROM (SELECT max(local_day) FILTER (WHERE local_day < t.today - 25) AS since,
             min(local_day) FILTER (WHERE local_day > t.today - 16) AS back
      FROM session_log,
           (SELECT (now() AT TIME ZONE 'America/New_York')::date AS today) t
      WHERE patient_id = 'd0000000-0000-4000-8000-000000000013') g
WHERE g.since IS NOT NULL AND g.back IS NOT NULL;

INSERT INTO flag_event (id, flag_id, at, actor, action, detail)
SELECT 'd7000000-0000-4000-8000-000000000011'::uuid, id, created_at, 'limber', 'CREATED', 'REVIEW from SESSION (pain-above-baseline)'
FROM flag WHERE id = 'd6000000-0000-4000-8000-000000000001'
UNION ALL
SELECT 'd7000000-0000-4000-8000-000000000021'::uuid, id, created_at, 'limber', 'CREATED', 'REVIEW from SESSION (pain-during-above-5)'
FROM flag WHERE id = 'd6000000-0000-4000-8000-000000000002'
UNION ALL
SELECT 'd7000000-0000-4000-8000-000000000022'::uuid, id, acknowledged_at, acknowledged_by, 'ACKNOWLEDGED', NULL
FROM flag WHERE id = 'd6000000-0000-4000-8000-000000000002'
UNION ALL
SELECT 'd7000000-0000-4000-8000-000000000023'::uuid, id, resolved_at, resolved_by, 'RESOLVED', outcome
FROM flag WHERE id = 'd6000000-0000-4000-8000-000000000002'
UNION ALL
SELECT 'd7000000-0000-4000-8000-000000000031'::uuid, id, created_at, 'limber', 'CREATED', 'ADHERENCE from SCHEDULE (no-session-7-days)'
FROM flag WHERE id = 'd6000000-0000-4000-8000-000000000003'
UNION ALL
SELECT 'd7000000-0000-4000-8000-000000000032'::uuid, id, acknowledged_at, acknowledged_by, 'ACKNOWLEDGED', NULL
FROM flag WHERE id = 'd6000000-0000-4000-8000-000000000003'
UNION ALL
SELECT 'd7000000-0000-4000-8000-000000000033'::uuid, id, resolved_at, resolved_by, 'RESOLVED', outcome
FROM flag WHERE id = 'd6000000-0000-4000-8000-000000000003';
