-- Demo data (local stack only, loaded from classpath:db/demo): the programs of tara's caseload and of
-- pia in clinic B, built from the catalog's seed templates exactly as ProgramService would have built them.
-- Snapshots (name, purpose, steps, cautions, contraindications, catalog_dosage) are copied word for word from
-- catalog-service's V2__seed_exercises.sql (every exercise at version 1); the effective dosage is the
-- template's (V3__seed_templates.sql). Dates are relative to the day the demo is first loaded.
-- Ids: program d1000000-...-0000000000NN and item d2000000-...-0000000NNNPP (NN = the patient's number,
-- PP = the position), revision d3000000-...NN, pause d4000000-...NN.


-- Patient 4: lower-back-starter, active, monday, tuesday, wednesday, thursday, friday, saturday, sunday.
INSERT INTO program (id, clinic_id, patient_id, title, status, revision, lock_version, sessions_per_day,
    days_per_week, scheduled_days, start_date, review_date, end_date, activated_at, completed_at, created_at,
    created_by, updated_at, updated_by)
VALUES ('d1000000-0000-4000-8000-000000000004', 'clinic-a', 'd0000000-0000-4000-8000-000000000004', 'Lower Back Starter', 'ACTIVE', 1, 1, 2,
    7, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY', current_date - 34, current_date - 34 + 42, NULL,
    ((current_date - 35) + time '15:45') AT TIME ZONE 'Europe/London', NULL,
    ((current_date - 35) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    ((current_date - 35) + time '15:45') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001');
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000401', 'd1000000-0000-4000-8000-000000000004', 1, 1, NULL, ((current_date - 35) + time '15:30') AT TIME ZONE 'Europe/London', 'knee-to-chest',
    1, 'Knee to Chest Stretch',
    'An easy stretch for the lower back and glutes that also works as a warm-up.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'With both hands, pull one knee towards your chest.',
        'Tighten your stomach muscles and press your back gently into the floor. Hold.',
        'Return to the start and repeat with the other leg.'],
    ARRAY[
        'Hold behind your thigh rather than over your knee if your knee is sore.'],
    '{}',
    '{"holdSeconds": 5, "holdSecondsMax": null, "reps": 2, "repsMax": 3, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": 2, "timesPerDayMax": null, "note": "Repeat 2 to 3 times, in the morning and at night."}'::jsonb,
    5, 2, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000402', 'd1000000-0000-4000-8000-000000000004', 2, 1, NULL, ((current_date - 35) + time '15:30') AT TIME ZONE 'Europe/London', 'lower-back-rotational-stretch',
    1, 'Lower Back Rotational Stretch',
    'An easy rotation that gets the lower back muscles ready to move.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Keeping your shoulders firmly on the floor, roll your bent knees to one side and hold.',
        'Return to the middle and repeat on the other side.'],
    ARRAY[
        'Roll only as far as is comfortable.'],
    '{}',
    '{"holdSeconds": 5, "holdSecondsMax": 10, "reps": 2, "repsMax": 3, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": 2, "timesPerDayMax": null, "note": "Repeat 2 to 3 times, in the morning and at night."}'::jsonb,
    5, 2, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000403', 'd1000000-0000-4000-8000-000000000004', 3, 1, NULL, ((current_date - 35) + time '15:30') AT TIME ZONE 'Europe/London', 'glute-bridge',
    1, 'Glute Bridge',
    'Strengthens the glutes and stomach muscles that support the lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor, hip-width apart.',
        'Tighten your stomach and buttock muscles and lift your hips until your shoulders, hips and knees are in a straight line.',
        'Hold the position for as long as you can, starting with 3 deep breaths.',
        'Lower your hips slowly back to the floor.'],
    ARRAY[
        'Lift only as high as you can without arching your lower back.'],
    '{}',
    '{"holdSeconds": null, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": 3, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "Hold as long as you can, starting with 3 deep breaths."}'::jsonb,
    NULL, NULL, NULL, false, 3, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000404', 'd1000000-0000-4000-8000-000000000004', 4, 1, NULL, ((current_date - 35) + time '15:30') AT TIME ZONE 'Europe/London', 'cat-cow',
    1, 'Cat-Cow',
    'A flowing movement that loosens the whole spine and improves back flexibility.',
    ARRAY[
        'Kneel on all fours with your knees under your hips and your hands under your shoulders. Keep your back flat and your neck in line with it.',
        'Slowly let your stomach sink and arch your back, keeping your shoulders and hips still (cow).',
        'Move back through a flat back, then push your spine up towards the ceiling into a rounded back (cat).',
        'Keep moving slowly and steadily between the two shapes.'],
    ARRAY[
        'Move within a comfortable range; the movement should feel easy.'],
    ARRAY[
        'wrist-pain'],
    '{"holdSeconds": null, "holdSecondsMax": null, "reps": 10, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "The article gives no count for this exercise; its general tip for dynamic stretches is 10 repetitions."}'::jsonb,
    NULL, 10, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000405', 'd1000000-0000-4000-8000-000000000004', 5, 1, NULL, ((current_date - 35) + time '15:30') AT TIME ZONE 'Europe/London', 'supine-abdominal-draw-in',
    1, 'Supine Abdominal Draw-In',
    'Wakes up the deep stomach muscles that support the lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Breathe in and let your stomach relax.',
        'Breathe out and gently draw your belly button in towards your spine, without pressing your back flat.',
        'Hold while you keep breathing normally, then relax.'],
    ARRAY[
        'This is a gentle tightening, about a third of your full strength. Do not hold your breath.'],
    '{}',
    '{"holdSeconds": 10, "holdSecondsMax": null, "reps": 10, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "The article gives only the starting position and no dosage; 10-second holds repeated 10 times is the usual starting dose."}'::jsonb,
    10, 10, NULL, false, NULL, NULL);
INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
    scheduled_days)
VALUES ('d3000000-0000-4000-8000-000000000004', 'd1000000-0000-4000-8000-000000000004', 1, ((current_date - 35) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    '{"kind": "created", "itemsAdded": ["knee-to-chest", "lower-back-rotational-stretch", "glute-bridge", "cat-cow", "supine-abdominal-draw-in"], "itemsRemoved": [], "dosageChanged": [], "notesChanged": [], "orderChanged": false, "scheduleChanged": [], "titleChanged": false}'::jsonb,
    2, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY');

-- Patient 11: ten-back-and-hip-exercises, active, monday, tuesday, wednesday, thursday, friday, saturday, sunday.
INSERT INTO program (id, clinic_id, patient_id, title, status, revision, lock_version, sessions_per_day,
    days_per_week, scheduled_days, start_date, review_date, end_date, activated_at, completed_at, created_at,
    created_by, updated_at, updated_by)
VALUES ('d1000000-0000-4000-8000-000000000011', 'clinic-a', 'd0000000-0000-4000-8000-000000000011', '10 Exercises for Back and Hip Pain', 'ACTIVE', 1, 1, 1,
    7, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY', current_date - 42, current_date - 42 + 42, NULL,
    ((current_date - 43) + time '15:45') AT TIME ZONE 'Europe/London', NULL,
    ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    ((current_date - 43) + time '15:45') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001');
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001101', 'd1000000-0000-4000-8000-000000000011', 1, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'reverse-lunge',
    1, 'Reverse Lunge',
    'Strengthens the glutes, which helps prevent back problems and tight hips.',
    ARRAY[
        'Stand tall with your feet shoulder-width apart.',
        'Step one foot back and lower your body until the back knee nearly touches the floor.',
        'Keep your front knee in line with your foot and your upper body upright.',
        'Pause briefly, then push through the heel of your front foot to stand back up.',
        'Do all the repetitions on one leg, then on the other.'],
    ARRAY[
        'Hold a chair or a wall for balance if you need to.',
        'Make the step smaller if your knee hurts.'],
    ARRAY[
        'balance-problems',
        'knee-pain'],
    '{"holdSeconds": null, "holdSecondsMax": null, "reps": 10, "repsMax": null, "sets": 3, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    NULL, 10, 3, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001102', 'd1000000-0000-4000-8000-000000000011', 2, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'lying-twist',
    1, 'Lying Twist',
    'Eases a tight and weak lower back and helps get rid of lower back pain.',
    ARRAY[
        'Lie on your back with your arms stretched out to the sides at shoulder height.',
        'Bend your knees and bring your feet close to your hips, soles flat on the floor.',
        'Let both knees fall to the left until the left knee rests on the floor, and turn your head to look at your right hand.',
        'Breathe deeply. Each time you breathe out, relax a little further into the twist.',
        'Bring your knees back to the middle and repeat on the other side.'],
    ARRAY[
        'Let your knees go only as far as is comfortable; rest them on a pillow if they do not reach the floor.'],
    '{}',
    '{"holdSeconds": 30, "holdSecondsMax": 60, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "Breathe deeply for 30 to 60 seconds on each side."}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001103', 'd1000000-0000-4000-8000-000000000011', 3, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'shoelace-stretch',
    1, 'Shoelace Stretch',
    'Releases tight hips and opens up the lower back.',
    ARRAY[
        'Sit cross-legged on the floor.',
        'Slide one foot under the opposite thigh, and bring the other foot over towards the opposite hip so your knees stack.',
        'If your hips are very tight, sit on a pillow so your pelvis tips forward.',
        'Keeping your back straight, fold forward from your hips. Rest your elbows on your thighs or on a block, and support your head with your hands.',
        'Breathe deeply while you hold, then change the cross of your legs and repeat.'],
    ARRAY[
        'Stop if pain or tingling travels down your leg.',
        'Sit higher on a pillow if your knees feel strained.'],
    ARRAY[
        'radiating-leg-pain',
        'knee-pain',
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": 60, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "Hold for 30 seconds to 1 minute on each side."}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001104', 'd1000000-0000-4000-8000-000000000011', 4, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'seated-twist',
    1, 'Seated Twist',
    'A twist that releases the lower back, glutes and piriformis and can ease sciatica-type tightness.',
    ARRAY[
        'Sit on the floor with your legs straight out in front of you.',
        'Bend your right knee and tuck your right heel close to your right buttock. Cross your left foot over and set it down beside your right knee.',
        'Put your left hand on the floor behind you for support.',
        'Press your right elbow against the outside of your left knee and turn to look over your left shoulder.',
        'Grow taller as you breathe in, and turn a little further as you breathe out.',
        'Hold, then unwind, straighten your legs and switch sides.'],
    ARRAY[
        'Twist from your middle back and do not force the turn with your arm.'],
    '{}',
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "9 Easy Stretches holds 30 seconds per side; 10 Exercises for Back and Hip Pain holds 1 minute per side."}'::jsonb,
    60, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001105', 'd1000000-0000-4000-8000-000000000011', 5, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'seated-lunge',
    1, 'Seated Lunge',
    'A hip flexor stretch that eases hip and lower back pain and suits people who find sitting painful.',
    ARRAY[
        'Sit upright at the side of a chair with one leg and buttock on the seat and the other off it. Keep both knees bent and feet flat.',
        'Slide the leg that is off the seat out to the side and back behind you until you feel a comfortable stretch.',
        'Hold the back of the chair or a table to stay steady.',
        'Tighten the thigh muscles of the back leg to stretch it a little further, and hold.',
        'Switch sides.'],
    ARRAY[
        'Use a steady chair without wheels.'],
    '{}',
    '{"holdSeconds": 60, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    60, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001106', 'd1000000-0000-4000-8000-000000000011', 6, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'pigeon-pose',
    1, 'Pigeon Pose',
    'Stretches the outer hip and the piriformis muscle, which can irritate the sciatic nerve and cause hip and back pain.',
    ARRAY[
        'Start kneeling, with your weight towards the sore hip.',
        'Bring the knee of the sore side forward and let that foot rest in front of you as far as is comfortable, without pulling.',
        'Take the other leg back with the knee bent to about a right angle.',
        'Place your hands on the floor on either side of the front knee, lift tall out of your hips, then lean forward a little.',
        'Keep your back long, not rounded, and breathe deeply. In time you may be able to lower onto your forearms.'],
    ARRAY[
        'Stop if you feel pain in the front knee.',
        'Put a pillow under the hip of the front leg if it does not reach the floor.'],
    ARRAY[
        'knee-pain',
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "On the painful side only, as the article describes."}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001107', 'd1000000-0000-4000-8000-000000000011', 7, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'butterfly-pose',
    1, 'Butterfly Pose',
    'Stretches the inner thighs, hips and groin; folding forward also opens up tight lower back muscles.',
    ARRAY[
        'Sit on the floor, bend both knees and bring the soles of your feet together.',
        'Hold your feet and open them like a book, pressing your knees gently towards the floor.',
        'Sit tall, relax your shoulders, and slowly fold forward from your hips as you breathe deeply, keeping your back straight.',
        'Stop where it feels right, even if that is only a few inches. For a deeper stretch, reach your arms forward along the floor.',
        'Stay for the breaths, then come back up slowly.'],
    ARRAY[
        'Stop if pain or tingling travels down your leg.'],
    ARRAY[
        'radiating-leg-pain'],
    '{"holdSeconds": null, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": 5, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    NULL, NULL, NULL, false, 5, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001108', 'd1000000-0000-4000-8000-000000000011', 8, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'lateral-hip-stretch',
    1, 'Lateral Hip Stretch',
    'A stretch across the side of the hips that restores balance around the spine and relieves back and hip pain.',
    ARRAY[
        'Lie on your back with your knees bent and your feet on the floor.',
        'Cross one knee over the other.',
        'Use the top leg to pull the lower knee over to the side, and hold.',
        'You should feel a stretch along the outer thigh and hip of the leg being pulled over.',
        'Relax and breathe, then cross the other leg on top and move both knees to the other side.'],
    ARRAY[
        'Keep both shoulders on the floor.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": null, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": 4, "breathsMax": 5, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    NULL, NULL, NULL, true, 4, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001109', 'd1000000-0000-4000-8000-000000000011', 9, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'standing-abdominal',
    1, 'Standing Abdominal Exercise',
    'Corrects a pelvis that tips forward, which strains the hips and lower back.',
    ARRAY[
        'Stand tall with your feet together and squeeze your buttocks.',
        'Tighten your stomach muscles so the front of your pelvis tilts up, and draw your belly button in towards your spine.',
        'Keep breathing normally while you hold.',
        'Release, and repeat through the day.'],
    ARRAY[
        'Keep breathing; do not hold your breath while you tighten.'],
    '{}',
    '{"holdSeconds": 20, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": 5, "timesPerDayMax": 10, "note": null}'::jsonb,
    20, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001110', 'd1000000-0000-4000-8000-000000000011', 10, 1, NULL, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', 'deep-squat-rest',
    1, 'Deep Squat Rest',
    'Opens up the hips and makes the lower back less stiff; it becomes easier with time.',
    ARRAY[
        'Stand tall with your feet shoulder-width apart.',
        'Slowly lower into a full squat, keeping your upper body upright.',
        'As you go lower, bring your belly towards your thighs and rest your arms in front of you, with your knees tucked in.',
        'Rest here, breathing slowly, until your stomach and chest settle on your thighs or the minute is up.',
        'Come up slowly, holding on to something steady if you need to.'],
    ARRAY[
        'Hold a table or door frame if your balance is unsteady.',
        'Put a folded towel under your heels if they lift.'],
    ARRAY[
        'knee-pain',
        'recent-hip-replacement',
        'balance-problems'],
    '{"holdSeconds": 60, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": 2, "timesPerDayMax": 3, "note": null}'::jsonb,
    60, NULL, NULL, false, NULL, NULL);
INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
    scheduled_days)
VALUES ('d3000000-0000-4000-8000-000000000011', 'd1000000-0000-4000-8000-000000000011', 1, ((current_date - 43) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    '{"kind": "created", "itemsAdded": ["reverse-lunge", "lying-twist", "shoelace-stretch", "seated-twist", "seated-lunge", "pigeon-pose", "butterfly-pose", "lateral-hip-stretch", "standing-abdominal", "deep-squat-rest"], "itemsRemoved": [], "dosageChanged": [], "notesChanged": [], "orderChanged": false, "scheduleChanged": [], "titleChanged": false}'::jsonb,
    1, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY');

-- Patient 12: nine-easy-stretches, active, monday, tuesday, wednesday, thursday, friday.
INSERT INTO program (id, clinic_id, patient_id, title, status, revision, lock_version, sessions_per_day,
    days_per_week, scheduled_days, start_date, review_date, end_date, activated_at, completed_at, created_at,
    created_by, updated_at, updated_by)
VALUES ('d1000000-0000-4000-8000-000000000012', 'clinic-a', 'd0000000-0000-4000-8000-000000000012', '9 Easy Stretches for Lower Back and Hip Pain', 'ACTIVE', 1, 1, 1,
    5, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', current_date - 29, current_date - 29 + 42, NULL,
    ((current_date - 30) + time '15:45') AT TIME ZONE 'Europe/London', NULL,
    ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    ((current_date - 30) + time '15:45') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001');
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001201', 'd1000000-0000-4000-8000-000000000012', 1, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'childs-pose',
    1, 'Child''s Pose',
    'A restful pose that stretches the whole back and opens the hips by stretching the glutes.',
    ARRAY[
        'Start on your hands and knees.',
        'Move your knees out towards the edges of the mat and bring your big toes together.',
        'Sit your hips back towards your heels.',
        'Walk your hands forward and rest your forehead on the mat.',
        'Close your eyes and breathe slowly while you relax.'],
    ARRAY[
        'Put a pillow between your hips and heels if you cannot sit back comfortably.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001202', 'd1000000-0000-4000-8000-000000000012', 2, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'supine-figure-4',
    1, 'Supine Figure 4',
    'Releases the outer hip, glutes and piriformis to ease pain in the hips and lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Lift your left foot off the floor and reach your right arm through the gap between your legs.',
        'Hold the back of your left thigh with both hands and gently pull it towards you until you feel a stretch in the outer right hip.',
        'Hold, then release and switch sides.'],
    ARRAY[
        'Keep your head and shoulders relaxed on the floor.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001203', 'd1000000-0000-4000-8000-000000000012', 3, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'figure-4-twist',
    1, 'Figure 4 Twist',
    'Stretches the lower back and helps the hip turn outwards, to reduce hip pain.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Spread your arms out to the sides at shoulder height.',
        'Breathe out and let both legs fall slowly to the left, keeping your shoulders on the floor.',
        'Hold, then come back to the middle and switch sides.'],
    ARRAY[
        'Let your legs drop only as far as feels comfortable.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001204', 'd1000000-0000-4000-8000-000000000012', 4, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'runners-lunge',
    1, 'Runner''s Lunge',
    'Opens tight hip flexors, which pull on the lower back, and also stretches the thigh and stomach muscles.',
    ARRAY[
        'Start on your hands and knees.',
        'Step your right foot forward to the outside of your right hand.',
        'Inch the front foot a little further forward and turn the toes out slightly.',
        'Sink your hips down and forward and tighten your stomach muscles. You should feel a stretch at the front of the left hip.',
        'Hold, then switch sides.'],
    ARRAY[
        'Pad the back knee with a folded towel if it presses uncomfortably.',
        'Keep your front knee above your ankle.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001205', 'd1000000-0000-4000-8000-000000000012', 5, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'adductor-opener',
    1, 'Adductor Opener',
    'Opens up the inner thigh (adductor) muscles and the hip flexors.',
    ARRAY[
        'Start on your hands and knees on a soft mat.',
        'Slide your knees out wide, keeping your ankles in line with your knees.',
        'Lower onto your forearms.',
        'Gently ease your hips back until you feel a stretch along both inner thighs.',
        'Breathe slowly while you hold, then walk your knees back together.'],
    ARRAY[
        'Widen your knees only as far as is comfortable.',
        'Pad your knees with a folded blanket.'],
    ARRAY[
        'knee-pain',
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001206', 'd1000000-0000-4000-8000-000000000012', 6, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'wide-legged-forward-fold',
    1, 'Wide-Legged Forward Fold',
    'Stretches the glutes, lower back, upper back and hamstrings.',
    ARRAY[
        'Stand with your feet wide apart and your toes pointing forward.',
        'Put your hands on your hips and stand tall.',
        'Bend forward from your hips with a long back, and rest your hands on the floor, a block or your legs.',
        'Let your head hang and relax your neck and shoulders.',
        'To come up, bend your knees a little, put your hands on your hips and rise slowly with a straight back.'],
    ARRAY[
        'Bend your knees if you feel pulling behind them.',
        'Stop if pain or tingling travels down your leg.'],
    ARRAY[
        'radiating-leg-pain',
        'balance-problems'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001207', 'd1000000-0000-4000-8000-000000000012', 7, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'cow-face-legs',
    1, 'Cow Face Legs',
    'Stretches the outer hips and the lower back.',
    ARRAY[
        'Sit on the floor with your legs out in front of you.',
        'Bend your knees and slide your left foot under your right leg to the outside of your right hip.',
        'Cross your right leg over the left so your knees stack, and bring your right foot beside your left hip.',
        'Sit tall on both sitting bones. Lean forward a little from your hips for more stretch.',
        'Hold, then release. Next time, put the other leg on top.'],
    ARRAY[
        'Sit on a folded blanket or pillow if your knees or hips feel strained.'],
    ARRAY[
        'knee-pain',
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001208', 'd1000000-0000-4000-8000-000000000012', 8, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'seated-twist',
    1, 'Seated Twist',
    'A twist that releases the lower back, glutes and piriformis and can ease sciatica-type tightness.',
    ARRAY[
        'Sit on the floor with your legs straight out in front of you.',
        'Bend your right knee and tuck your right heel close to your right buttock. Cross your left foot over and set it down beside your right knee.',
        'Put your left hand on the floor behind you for support.',
        'Press your right elbow against the outside of your left knee and turn to look over your left shoulder.',
        'Grow taller as you breathe in, and turn a little further as you breathe out.',
        'Hold, then unwind, straighten your legs and switch sides.'],
    ARRAY[
        'Twist from your middle back and do not force the turn with your arm.'],
    '{}',
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "9 Easy Stretches holds 30 seconds per side; 10 Exercises for Back and Hip Pain holds 1 minute per side."}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001209', 'd1000000-0000-4000-8000-000000000012', 9, 1, NULL, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', 'happy-baby',
    1, 'Happy Baby',
    'Opens up the lower back and stretches the hips.',
    ARRAY[
        'Lie on your back and hug your knees towards your chest.',
        'Open your knees wider than your body and bring them towards your armpits.',
        'Point the soles of your feet up to the ceiling, with your ankles above your knees.',
        'Hold the outsides of your feet, your ankles or your shins, and gently pull down.',
        'Keep your lower back and head resting on the floor. Rock gently from side to side if it feels good.'],
    ARRAY[
        'Hold your shins instead of your feet if you cannot reach without lifting your head.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
    scheduled_days)
VALUES ('d3000000-0000-4000-8000-000000000012', 'd1000000-0000-4000-8000-000000000012', 1, ((current_date - 30) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    '{"kind": "created", "itemsAdded": ["childs-pose", "supine-figure-4", "figure-4-twist", "runners-lunge", "adductor-opener", "wide-legged-forward-fold", "cow-face-legs", "seated-twist", "happy-baby"], "itemsRemoved": [], "dosageChanged": [], "notesChanged": [], "orderChanged": false, "scheduleChanged": [], "titleChanged": false}'::jsonb,
    1, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY');

-- Patient 13: five-minute-release, active, monday, wednesday, friday.
INSERT INTO program (id, clinic_id, patient_id, title, status, revision, lock_version, sessions_per_day,
    days_per_week, scheduled_days, start_date, review_date, end_date, activated_at, completed_at, created_at,
    created_by, updated_at, updated_by)
VALUES ('d1000000-0000-4000-8000-000000000013', 'clinic-a', 'd0000000-0000-4000-8000-000000000013', 'Five-Minute Lower Back and Hip Release', 'ACTIVE', 1, 1, 1,
    3, 'MONDAY,WEDNESDAY,FRIDAY', current_date - 49, current_date - 49 + 42, NULL,
    ((current_date - 50) + time '15:45') AT TIME ZONE 'America/New_York', NULL,
    ((current_date - 50) + time '15:30') AT TIME ZONE 'America/New_York', '1a2b0000-0000-4000-8000-000000000001',
    ((current_date - 50) + time '15:45') AT TIME ZONE 'America/New_York', '1a2b0000-0000-4000-8000-000000000001');
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001301', 'd1000000-0000-4000-8000-000000000013', 1, 1, NULL, ((current_date - 50) + time '15:30') AT TIME ZONE 'America/New_York', 'cat-cow-hip-circles',
    1, 'Cat-Cow Hip Circles',
    'A gentle moving warm-up that brings fresh blood flow into the hips and lower back.',
    ARRAY[
        'Start on your hands and knees, with your hands under your shoulders and your knees under your hips.',
        'Breathe in and let your belly drop as you lift your tailbone and push your chest forward (cow).',
        'Breathe out and round your back, tucking your tailbone under (cat).',
        'Keep the rounded shape and slowly circle your hips to the right, around, and back to the middle.',
        'Circle one way for about 15 seconds, then the other way.'],
    ARRAY[
        'Keep the circles small if your back feels sore.',
        'Put a folded towel under your knees if kneeling hurts.'],
    ARRAY[
        'wrist-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "About 15 seconds circling in each direction."}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001302', 'd1000000-0000-4000-8000-000000000013', 2, 1, NULL, ((current_date - 50) + time '15:30') AT TIME ZONE 'America/New_York', 'childs-pose',
    1, 'Child''s Pose',
    'A restful pose that stretches the whole back and opens the hips by stretching the glutes.',
    ARRAY[
        'Start on your hands and knees.',
        'Move your knees out towards the edges of the mat and bring your big toes together.',
        'Sit your hips back towards your heels.',
        'Walk your hands forward and rest your forehead on the mat.',
        'Close your eyes and breathe slowly while you relax.'],
    ARRAY[
        'Put a pillow between your hips and heels if you cannot sit back comfortably.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001303', 'd1000000-0000-4000-8000-000000000013', 3, 1, NULL, ((current_date - 50) + time '15:30') AT TIME ZONE 'America/New_York', 'runners-lunge',
    1, 'Runner''s Lunge',
    'Opens tight hip flexors, which pull on the lower back, and also stretches the thigh and stomach muscles.',
    ARRAY[
        'Start on your hands and knees.',
        'Step your right foot forward to the outside of your right hand.',
        'Inch the front foot a little further forward and turn the toes out slightly.',
        'Sink your hips down and forward and tighten your stomach muscles. You should feel a stretch at the front of the left hip.',
        'Hold, then switch sides.'],
    ARRAY[
        'Pad the back knee with a folded towel if it presses uncomfortably.',
        'Keep your front knee above your ankle.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001304', 'd1000000-0000-4000-8000-000000000013', 4, 1, NULL, ((current_date - 50) + time '15:30') AT TIME ZONE 'America/New_York', 'supine-figure-4',
    1, 'Supine Figure 4',
    'Releases the outer hip, glutes and piriformis to ease pain in the hips and lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Lift your left foot off the floor and reach your right arm through the gap between your legs.',
        'Hold the back of your left thigh with both hands and gently pull it towards you until you feel a stretch in the outer right hip.',
        'Hold, then release and switch sides.'],
    ARRAY[
        'Keep your head and shoulders relaxed on the floor.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001305', 'd1000000-0000-4000-8000-000000000013', 5, 1, NULL, ((current_date - 50) + time '15:30') AT TIME ZONE 'America/New_York', 'gentle-supine-twist',
    1, 'Gentle Supine Twist',
    'A soothing twist that releases tension along the lower spine and in the outer hips.',
    ARRAY[
        'Lie on your back and hug both knees into your chest.',
        'Keep your feet off the floor with your shins level with the mat. Rest your upper arms on the mat with your elbows bent.',
        'Breathe in, then breathe out as you lower both knees to the left. Keep your shoulders on the floor.',
        'To deepen the twist, rest your right hand on the outside of your left thigh. Look up or over your right shoulder.',
        'Hold, then bring your knees back to the middle and switch sides.'],
    ARRAY[
        'Lower your knees only as far as is comfortable; a pillow under them helps.'],
    '{}',
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
    scheduled_days)
VALUES ('d3000000-0000-4000-8000-000000000013', 'd1000000-0000-4000-8000-000000000013', 1, ((current_date - 50) + time '15:30') AT TIME ZONE 'America/New_York', '1a2b0000-0000-4000-8000-000000000001',
    '{"kind": "created", "itemsAdded": ["cat-cow-hip-circles", "childs-pose", "runners-lunge", "supine-figure-4", "gentle-supine-twist"], "itemsRemoved": [], "dosageChanged": [], "notesChanged": [], "orderChanged": false, "scheduleChanged": [], "titleChanged": false}'::jsonb,
    1, 'MONDAY,WEDNESDAY,FRIDAY');

-- Patient 14: five-minute-release, paused, monday, tuesday, wednesday, thursday, friday, saturday.
INSERT INTO program (id, clinic_id, patient_id, title, status, revision, lock_version, sessions_per_day,
    days_per_week, scheduled_days, start_date, review_date, end_date, activated_at, completed_at, created_at,
    created_by, updated_at, updated_by)
VALUES ('d1000000-0000-4000-8000-000000000014', 'clinic-a', 'd0000000-0000-4000-8000-000000000014', 'Five-Minute Lower Back and Hip Release', 'PAUSED', 1, 2, 1,
    6, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY', current_date - 37, current_date - 37 + 42, NULL,
    ((current_date - 38) + time '15:45') AT TIME ZONE 'Europe/London', NULL,
    ((current_date - 38) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    ((current_date - 6) + time '10:15') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001');
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001401', 'd1000000-0000-4000-8000-000000000014', 1, 1, NULL, ((current_date - 38) + time '15:30') AT TIME ZONE 'Europe/London', 'cat-cow-hip-circles',
    1, 'Cat-Cow Hip Circles',
    'A gentle moving warm-up that brings fresh blood flow into the hips and lower back.',
    ARRAY[
        'Start on your hands and knees, with your hands under your shoulders and your knees under your hips.',
        'Breathe in and let your belly drop as you lift your tailbone and push your chest forward (cow).',
        'Breathe out and round your back, tucking your tailbone under (cat).',
        'Keep the rounded shape and slowly circle your hips to the right, around, and back to the middle.',
        'Circle one way for about 15 seconds, then the other way.'],
    ARRAY[
        'Keep the circles small if your back feels sore.',
        'Put a folded towel under your knees if kneeling hurts.'],
    ARRAY[
        'wrist-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "About 15 seconds circling in each direction."}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001402', 'd1000000-0000-4000-8000-000000000014', 2, 1, NULL, ((current_date - 38) + time '15:30') AT TIME ZONE 'Europe/London', 'childs-pose',
    1, 'Child''s Pose',
    'A restful pose that stretches the whole back and opens the hips by stretching the glutes.',
    ARRAY[
        'Start on your hands and knees.',
        'Move your knees out towards the edges of the mat and bring your big toes together.',
        'Sit your hips back towards your heels.',
        'Walk your hands forward and rest your forehead on the mat.',
        'Close your eyes and breathe slowly while you relax.'],
    ARRAY[
        'Put a pillow between your hips and heels if you cannot sit back comfortably.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001403', 'd1000000-0000-4000-8000-000000000014', 3, 1, NULL, ((current_date - 38) + time '15:30') AT TIME ZONE 'Europe/London', 'runners-lunge',
    1, 'Runner''s Lunge',
    'Opens tight hip flexors, which pull on the lower back, and also stretches the thigh and stomach muscles.',
    ARRAY[
        'Start on your hands and knees.',
        'Step your right foot forward to the outside of your right hand.',
        'Inch the front foot a little further forward and turn the toes out slightly.',
        'Sink your hips down and forward and tighten your stomach muscles. You should feel a stretch at the front of the left hip.',
        'Hold, then switch sides.'],
    ARRAY[
        'Pad the back knee with a folded towel if it presses uncomfortably.',
        'Keep your front knee above your ankle.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001404', 'd1000000-0000-4000-8000-000000000014', 4, 1, NULL, ((current_date - 38) + time '15:30') AT TIME ZONE 'Europe/London', 'supine-figure-4',
    1, 'Supine Figure 4',
    'Releases the outer hip, glutes and piriformis to ease pain in the hips and lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Lift your left foot off the floor and reach your right arm through the gap between your legs.',
        'Hold the back of your left thigh with both hands and gently pull it towards you until you feel a stretch in the outer right hip.',
        'Hold, then release and switch sides.'],
    ARRAY[
        'Keep your head and shoulders relaxed on the floor.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001405', 'd1000000-0000-4000-8000-000000000014', 5, 1, NULL, ((current_date - 38) + time '15:30') AT TIME ZONE 'Europe/London', 'gentle-supine-twist',
    1, 'Gentle Supine Twist',
    'A soothing twist that releases tension along the lower spine and in the outer hips.',
    ARRAY[
        'Lie on your back and hug both knees into your chest.',
        'Keep your feet off the floor with your shins level with the mat. Rest your upper arms on the mat with your elbows bent.',
        'Breathe in, then breathe out as you lower both knees to the left. Keep your shoulders on the floor.',
        'To deepen the twist, rest your right hand on the outside of your left thigh. Look up or over your right shoulder.',
        'Hold, then bring your knees back to the middle and switch sides.'],
    ARRAY[
        'Lower your knees only as far as is comfortable; a pillow under them helps.'],
    '{}',
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
    scheduled_days)
VALUES ('d3000000-0000-4000-8000-000000000014', 'd1000000-0000-4000-8000-000000000014', 1, ((current_date - 38) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    '{"kind": "created", "itemsAdded": ["cat-cow-hip-circles", "childs-pose", "runners-lunge", "supine-figure-4", "gentle-supine-twist"], "itemsRemoved": [], "dosageChanged": [], "notesChanged": [], "orderChanged": false, "scheduleChanged": [], "titleChanged": false}'::jsonb,
    1, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY');

-- Patient 15: lower-back-starter, completed, monday, tuesday, wednesday, thursday, friday.
INSERT INTO program (id, clinic_id, patient_id, title, status, revision, lock_version, sessions_per_day,
    days_per_week, scheduled_days, start_date, review_date, end_date, activated_at, completed_at, created_at,
    created_by, updated_at, updated_by)
VALUES ('d1000000-0000-4000-8000-000000000015', 'clinic-a', 'd0000000-0000-4000-8000-000000000015', 'Lower Back Starter', 'COMPLETED', 1, 2, 1,
    5, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', current_date - 56, current_date - 56 + 42, NULL,
    ((current_date - 57) + time '15:45') AT TIME ZONE 'Europe/London', ((current_date - 5) + time '11:00') AT TIME ZONE 'Europe/London',
    ((current_date - 57) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    ((current_date - 5) + time '11:00') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001');
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001501', 'd1000000-0000-4000-8000-000000000015', 1, 1, NULL, ((current_date - 57) + time '15:30') AT TIME ZONE 'Europe/London', 'knee-to-chest',
    1, 'Knee to Chest Stretch',
    'An easy stretch for the lower back and glutes that also works as a warm-up.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'With both hands, pull one knee towards your chest.',
        'Tighten your stomach muscles and press your back gently into the floor. Hold.',
        'Return to the start and repeat with the other leg.'],
    ARRAY[
        'Hold behind your thigh rather than over your knee if your knee is sore.'],
    '{}',
    '{"holdSeconds": 5, "holdSecondsMax": null, "reps": 2, "repsMax": 3, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": 2, "timesPerDayMax": null, "note": "Repeat 2 to 3 times, in the morning and at night."}'::jsonb,
    5, 2, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001502', 'd1000000-0000-4000-8000-000000000015', 2, 1, NULL, ((current_date - 57) + time '15:30') AT TIME ZONE 'Europe/London', 'lower-back-rotational-stretch',
    1, 'Lower Back Rotational Stretch',
    'An easy rotation that gets the lower back muscles ready to move.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Keeping your shoulders firmly on the floor, roll your bent knees to one side and hold.',
        'Return to the middle and repeat on the other side.'],
    ARRAY[
        'Roll only as far as is comfortable.'],
    '{}',
    '{"holdSeconds": 5, "holdSecondsMax": 10, "reps": 2, "repsMax": 3, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": 2, "timesPerDayMax": null, "note": "Repeat 2 to 3 times, in the morning and at night."}'::jsonb,
    5, 2, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001503', 'd1000000-0000-4000-8000-000000000015', 3, 1, NULL, ((current_date - 57) + time '15:30') AT TIME ZONE 'Europe/London', 'glute-bridge',
    1, 'Glute Bridge',
    'Strengthens the glutes and stomach muscles that support the lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor, hip-width apart.',
        'Tighten your stomach and buttock muscles and lift your hips until your shoulders, hips and knees are in a straight line.',
        'Hold the position for as long as you can, starting with 3 deep breaths.',
        'Lower your hips slowly back to the floor.'],
    ARRAY[
        'Lift only as high as you can without arching your lower back.'],
    '{}',
    '{"holdSeconds": null, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": 3, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "Hold as long as you can, starting with 3 deep breaths."}'::jsonb,
    NULL, NULL, NULL, false, 3, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001504', 'd1000000-0000-4000-8000-000000000015', 4, 1, NULL, ((current_date - 57) + time '15:30') AT TIME ZONE 'Europe/London', 'cat-cow',
    1, 'Cat-Cow',
    'A flowing movement that loosens the whole spine and improves back flexibility.',
    ARRAY[
        'Kneel on all fours with your knees under your hips and your hands under your shoulders. Keep your back flat and your neck in line with it.',
        'Slowly let your stomach sink and arch your back, keeping your shoulders and hips still (cow).',
        'Move back through a flat back, then push your spine up towards the ceiling into a rounded back (cat).',
        'Keep moving slowly and steadily between the two shapes.'],
    ARRAY[
        'Move within a comfortable range; the movement should feel easy.'],
    ARRAY[
        'wrist-pain'],
    '{"holdSeconds": null, "holdSecondsMax": null, "reps": 10, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "The article gives no count for this exercise; its general tip for dynamic stretches is 10 repetitions."}'::jsonb,
    NULL, 10, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000001505', 'd1000000-0000-4000-8000-000000000015', 5, 1, NULL, ((current_date - 57) + time '15:30') AT TIME ZONE 'Europe/London', 'supine-abdominal-draw-in',
    1, 'Supine Abdominal Draw-In',
    'Wakes up the deep stomach muscles that support the lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Breathe in and let your stomach relax.',
        'Breathe out and gently draw your belly button in towards your spine, without pressing your back flat.',
        'Hold while you keep breathing normally, then relax.'],
    ARRAY[
        'This is a gentle tightening, about a third of your full strength. Do not hold your breath.'],
    '{}',
    '{"holdSeconds": 10, "holdSecondsMax": null, "reps": 10, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "The article gives only the starting position and no dosage; 10-second holds repeated 10 times is the usual starting dose."}'::jsonb,
    10, 10, NULL, false, NULL, NULL);
INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
    scheduled_days)
VALUES ('d3000000-0000-4000-8000-000000000015', 'd1000000-0000-4000-8000-000000000015', 1, ((current_date - 57) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001',
    '{"kind": "created", "itemsAdded": ["knee-to-chest", "lower-back-rotational-stretch", "glute-bridge", "cat-cow", "supine-abdominal-draw-in"], "itemsRemoved": [], "dosageChanged": [], "notesChanged": [], "orderChanged": false, "scheduleChanged": [], "titleChanged": false}'::jsonb,
    1, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY');

-- Patient 6: nine-easy-stretches, active, monday, tuesday, thursday, friday.
INSERT INTO program (id, clinic_id, patient_id, title, status, revision, lock_version, sessions_per_day,
    days_per_week, scheduled_days, start_date, review_date, end_date, activated_at, completed_at, created_at,
    created_by, updated_at, updated_by)
VALUES ('d1000000-0000-4000-8000-000000000006', 'clinic-b', 'd0000000-0000-4000-8000-000000000006', '9 Easy Stretches for Lower Back and Hip Pain', 'ACTIVE', 1, 1, 1,
    4, 'MONDAY,TUESDAY,THURSDAY,FRIDAY', current_date - 23, current_date - 23 + 42, NULL,
    ((current_date - 24) + time '15:45') AT TIME ZONE 'Europe/London', NULL,
    ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000005',
    ((current_date - 24) + time '15:45') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000005');
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000601', 'd1000000-0000-4000-8000-000000000006', 1, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'childs-pose',
    1, 'Child''s Pose',
    'A restful pose that stretches the whole back and opens the hips by stretching the glutes.',
    ARRAY[
        'Start on your hands and knees.',
        'Move your knees out towards the edges of the mat and bring your big toes together.',
        'Sit your hips back towards your heels.',
        'Walk your hands forward and rest your forehead on the mat.',
        'Close your eyes and breathe slowly while you relax.'],
    ARRAY[
        'Put a pillow between your hips and heels if you cannot sit back comfortably.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000602', 'd1000000-0000-4000-8000-000000000006', 2, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'supine-figure-4',
    1, 'Supine Figure 4',
    'Releases the outer hip, glutes and piriformis to ease pain in the hips and lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Lift your left foot off the floor and reach your right arm through the gap between your legs.',
        'Hold the back of your left thigh with both hands and gently pull it towards you until you feel a stretch in the outer right hip.',
        'Hold, then release and switch sides.'],
    ARRAY[
        'Keep your head and shoulders relaxed on the floor.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000603', 'd1000000-0000-4000-8000-000000000006', 3, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'figure-4-twist',
    1, 'Figure 4 Twist',
    'Stretches the lower back and helps the hip turn outwards, to reduce hip pain.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Spread your arms out to the sides at shoulder height.',
        'Breathe out and let both legs fall slowly to the left, keeping your shoulders on the floor.',
        'Hold, then come back to the middle and switch sides.'],
    ARRAY[
        'Let your legs drop only as far as feels comfortable.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000604', 'd1000000-0000-4000-8000-000000000006', 4, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'runners-lunge',
    1, 'Runner''s Lunge',
    'Opens tight hip flexors, which pull on the lower back, and also stretches the thigh and stomach muscles.',
    ARRAY[
        'Start on your hands and knees.',
        'Step your right foot forward to the outside of your right hand.',
        'Inch the front foot a little further forward and turn the toes out slightly.',
        'Sink your hips down and forward and tighten your stomach muscles. You should feel a stretch at the front of the left hip.',
        'Hold, then switch sides.'],
    ARRAY[
        'Pad the back knee with a folded towel if it presses uncomfortably.',
        'Keep your front knee above your ankle.'],
    ARRAY[
        'knee-pain'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000605', 'd1000000-0000-4000-8000-000000000006', 5, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'adductor-opener',
    1, 'Adductor Opener',
    'Opens up the inner thigh (adductor) muscles and the hip flexors.',
    ARRAY[
        'Start on your hands and knees on a soft mat.',
        'Slide your knees out wide, keeping your ankles in line with your knees.',
        'Lower onto your forearms.',
        'Gently ease your hips back until you feel a stretch along both inner thighs.',
        'Breathe slowly while you hold, then walk your knees back together.'],
    ARRAY[
        'Widen your knees only as far as is comfortable.',
        'Pad your knees with a folded blanket.'],
    ARRAY[
        'knee-pain',
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000606', 'd1000000-0000-4000-8000-000000000006', 6, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'wide-legged-forward-fold',
    1, 'Wide-Legged Forward Fold',
    'Stretches the glutes, lower back, upper back and hamstrings.',
    ARRAY[
        'Stand with your feet wide apart and your toes pointing forward.',
        'Put your hands on your hips and stand tall.',
        'Bend forward from your hips with a long back, and rest your hands on the floor, a block or your legs.',
        'Let your head hang and relax your neck and shoulders.',
        'To come up, bend your knees a little, put your hands on your hips and rise slowly with a straight back.'],
    ARRAY[
        'Bend your knees if you feel pulling behind them.',
        'Stop if pain or tingling travels down your leg.'],
    ARRAY[
        'radiating-leg-pain',
        'balance-problems'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000607', 'd1000000-0000-4000-8000-000000000006', 7, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'cow-face-legs',
    1, 'Cow Face Legs',
    'Stretches the outer hips and the lower back.',
    ARRAY[
        'Sit on the floor with your legs out in front of you.',
        'Bend your knees and slide your left foot under your right leg to the outside of your right hip.',
        'Cross your right leg over the left so your knees stack, and bring your right foot beside your left hip.',
        'Sit tall on both sitting bones. Lean forward a little from your hips for more stretch.',
        'Hold, then release. Next time, put the other leg on top.'],
    ARRAY[
        'Sit on a folded blanket or pillow if your knees or hips feel strained.'],
    ARRAY[
        'knee-pain',
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000608', 'd1000000-0000-4000-8000-000000000006', 8, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'seated-twist',
    1, 'Seated Twist',
    'A twist that releases the lower back, glutes and piriformis and can ease sciatica-type tightness.',
    ARRAY[
        'Sit on the floor with your legs straight out in front of you.',
        'Bend your right knee and tuck your right heel close to your right buttock. Cross your left foot over and set it down beside your right knee.',
        'Put your left hand on the floor behind you for support.',
        'Press your right elbow against the outside of your left knee and turn to look over your left shoulder.',
        'Grow taller as you breathe in, and turn a little further as you breathe out.',
        'Hold, then unwind, straighten your legs and switch sides.'],
    ARRAY[
        'Twist from your middle back and do not force the turn with your arm.'],
    '{}',
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": true, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": "9 Easy Stretches holds 30 seconds per side; 10 Exercises for Back and Hip Pain holds 1 minute per side."}'::jsonb,
    30, NULL, NULL, true, NULL, NULL);
INSERT INTO program_item (id, program_id, position, added_revision, removed_revision, added_at, exercise_slug,
    exercise_version, name, purpose, steps, cautions, contraindications, catalog_dosage, hold_seconds, reps, sets,
    per_side, breaths, note)
VALUES ('d2000000-0000-4000-8000-000000000609', 'd1000000-0000-4000-8000-000000000006', 9, 1, NULL, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', 'happy-baby',
    1, 'Happy Baby',
    'Opens up the lower back and stretches the hips.',
    ARRAY[
        'Lie on your back and hug your knees towards your chest.',
        'Open your knees wider than your body and bring them towards your armpits.',
        'Point the soles of your feet up to the ceiling, with your ankles above your knees.',
        'Hold the outsides of your feet, your ankles or your shins, and gently pull down.',
        'Keep your lower back and head resting on the floor. Rock gently from side to side if it feels good.'],
    ARRAY[
        'Hold your shins instead of your feet if you cannot reach without lifting your head.'],
    ARRAY[
        'recent-hip-replacement'],
    '{"holdSeconds": 30, "holdSecondsMax": null, "reps": null, "repsMax": null, "sets": null, "perSide": false, "breaths": null, "breathsMax": null, "timesPerDay": null, "timesPerDayMax": null, "note": null}'::jsonb,
    30, NULL, NULL, false, NULL, NULL);
INSERT INTO program_revision (id, program_id, revision, changed_at, changed_by, summary, sessions_per_day,
    scheduled_days)
VALUES ('d3000000-0000-4000-8000-000000000006', 'd1000000-0000-4000-8000-000000000006', 1, ((current_date - 24) + time '15:30') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000005',
    '{"kind": "created", "itemsAdded": ["childs-pose", "supine-figure-4", "figure-4-twist", "runners-lunge", "adductor-opener", "wide-legged-forward-fold", "cow-face-legs", "seated-twist", "happy-baby"], "itemsRemoved": [], "dosageChanged": [], "notesChanged": [], "orderChanged": false, "scheduleChanged": [], "titleChanged": false}'::jsonb,
    1, 'MONDAY,TUESDAY,THURSDAY,FRIDAY');

-- Harold's program has been paused since six days ago (still paused); Margaret's was paused for four days
-- two weeks ago and resumed. No session falls on a day a pause touches (see V1002).
INSERT INTO program_pause (id, program_id, started_at, ended_at, started_by) VALUES
    ('d4000000-0000-4000-8000-000000000014', 'd1000000-0000-4000-8000-000000000014', ((current_date - 6) + time '10:15') AT TIME ZONE 'Europe/London', NULL, '1a2b0000-0000-4000-8000-000000000001'),
    ('d4000000-0000-4000-8000-000000000011', 'd1000000-0000-4000-8000-000000000011', ((current_date - 16) + time '09:05') AT TIME ZONE 'Europe/London', ((current_date - 13) + time '16:40') AT TIME ZONE 'Europe/London', '1a2b0000-0000-4000-8000-000000000001');
