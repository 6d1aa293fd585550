-- Demo data (local stack only, loaded from classpath:db/demo, never from db/migration): the staff and
-- patients of the demo realm's two clinics (deploy/keycloak/limber-realm.json). Versions start at 1000 so
-- they stay above every schema migration. Dates are relative to the day the demo is first loaded.
-- Patient ids are d0000000-0000-4000-8000-0000000000NN: NN is the Keycloak user's number for the patients
-- who can sign in (pat 03, paul 04, pia 06), 11 to 15 for tara's patients without an account.

-- Staff as their tokens describe them, so alerts have somewhere to go before anyone has signed in.
INSERT INTO staff_member (subject, clinic_id, email, display_name, therapist, clinic_admin, last_seen_at) VALUES
    ('1a2b0000-0000-4000-8000-000000000001', 'clinic-a', 'tara@limber.example', 'Tara Lindqvist', true, false, now()),
    ('1a2b0000-0000-4000-8000-000000000002', 'clinic-a', 'ada@limber.example', 'Ada Okafor', false, true, now()),
    ('1a2b0000-0000-4000-8000-000000000005', 'clinic-b', 'olga@limber.example', 'Olga Petrova', true, false, now());

INSERT INTO patient (id, clinic_id, subject, display_name, birth_year, condition_summary, pain_onset, baseline_pain,
    time_zone, therapist_subject, created_at, created_by) VALUES
    -- pat has a record but no program: the browser test prescribes the five-minute template to pat.
    ('d0000000-0000-4000-8000-000000000003', 'clinic-a', '1a2b0000-0000-4000-8000-000000000003', 'Pat Moreno', 1985,
     'Low back and hip pain from long days sitting at a desk; no leg symptoms. New patient, first assessment done.',
     current_date - 20, 4, 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
     ((current_date - 2) + time '14:10') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001'),
    ('d0000000-0000-4000-8000-000000000004', 'clinic-a', '1a2b0000-0000-4000-8000-000000000004', 'Paul Nguyen', 1988,
     'Non-specific low back pain that started after a long drive; desk job. Stiff in the mornings, better when moving.',
     current_date - 61, 5, 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
     ((current_date - 36) + time '10:20') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001'),
    ('d0000000-0000-4000-8000-000000000011', 'clinic-a', NULL, 'Margaret Ellison', 1957,
     'Long-standing low back pain with stiff hips (mild hip osteoarthritis on X-ray). Keen gardener.',
     current_date - 790, 6, 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
     ((current_date - 44) + time '11:00') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001'),
    ('d0000000-0000-4000-8000-000000000012', 'clinic-a', NULL, 'Daniel Kowalski', 1979,
     'Low back pain after lifting boxes at work (warehouse). Back at work on light duties.',
     current_date - 38, 4, 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
     ((current_date - 31) + time '09:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001'),
    ('d0000000-0000-4000-8000-000000000013', 'clinic-a', NULL, 'Sofia Mendes', 1992,
     'Tight hips and lower back pain while training for a marathon. Seen by video; lives in New York.',
     current_date - 75, 5, 'America/New_York', '1a2b0000-0000-4000-8000-000000000001',
     ((current_date - 51) + time '13:00') AT TIME ZONE 'America/New_York', '1a2b0000-0000-4000-8000-000000000001'),
    ('d0000000-0000-4000-8000-000000000014', 'clinic-a', NULL, 'Harold Briggs', 1949,
     'Lower back pain with hip stiffness; awaiting a hip injection, exercises paused until it has settled.',
     current_date - 200, 5, 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
     ((current_date - 39) + time '10:00') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001'),
    ('d0000000-0000-4000-8000-000000000015', 'clinic-a', NULL, 'Grace Adeyemi', 1966,
     'Acute low back pain after a weekend of gardening. Recovered; program completed, discharged with advice.',
     current_date - 63, 6, 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
     ((current_date - 58) + time '16:00') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001'),
    ('d0000000-0000-4000-8000-000000000006', 'clinic-b', '1a2b0000-0000-4000-8000-000000000006', 'Pia Schmidt', 1990,
     'Lower back pain and tight hip flexors from a long cycling commute.',
     current_date - 45, 5, 'Europe/London', '1a2b0000-0000-4000-8000-000000000005',
     ((current_date - 25) + time '12:15') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000005');
