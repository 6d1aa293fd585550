-- Product content: the routines of the seed articles, in their order and with their dosage.

INSERT INTO routine_template (slug, name, description, source_article, built_in, created_by, updated_by)
VALUES ('five-minute-release', 'Five-Minute Lower Back and Hip Release',
    'Five stretches in five minutes to release the lower back and hips. Once or twice a day when in pain; a few times a week to stay loose.',
    'Easy 5-Minute Stretch To Release Lower Back and Hip Pain', true, 'limber-seed', 'limber-seed');
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 1, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'five-minute-release' AND e.slug = 'cat-cow-hip-circles';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 2, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'five-minute-release' AND e.slug = 'childs-pose';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 3, e.id, 30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'five-minute-release' AND e.slug = 'runners-lunge';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 4, e.id, 30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'five-minute-release' AND e.slug = 'supine-figure-4';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 5, e.id, 30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'five-minute-release' AND e.slug = 'gentle-supine-twist';

INSERT INTO routine_template (slug, name, description, source_article, built_in, created_by, updated_by)
VALUES ('nine-easy-stretches', '9 Easy Stretches for Lower Back and Hip Pain',
    'Nine easy stretches that can be done almost anywhere to relieve lower back and hip pain.',
    '9 Easy Stretches to Release Lower Back and Hip Pain', true, 'limber-seed', 'limber-seed');
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 1, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'childs-pose';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 2, e.id, 30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'supine-figure-4';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 3, e.id, 30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'figure-4-twist';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 4, e.id, 30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'runners-lunge';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 5, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'adductor-opener';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 6, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'wide-legged-forward-fold';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 7, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'cow-face-legs';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 8, e.id, 30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'seated-twist';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 9, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'nine-easy-stretches' AND e.slug = 'happy-baby';

INSERT INTO routine_template (slug, name, description, source_article, built_in, created_by, updated_by)
VALUES ('ten-back-and-hip-exercises', '10 Exercises for Back and Hip Pain',
    'Ten exercises to do every day for back and hip pain: strength for the glutes and core, and stretches for tight hips.',
    '10 Exercises for Back and Hip Pain You Should Be Doing NOW!', true, 'limber-seed', 'limber-seed');
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 1, e.id, NULL, NULL, 10, NULL, 3, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'reverse-lunge';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 2, e.id, 30, 60, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'lying-twist';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 3, e.id, 30, 60, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'shoelace-stretch';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 4, e.id, 60, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'seated-twist';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 5, e.id, 60, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'seated-lunge';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 6, e.id, 30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'pigeon-pose';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 7, e.id, NULL, NULL, NULL, NULL, NULL, false, 5, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'butterfly-pose';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 8, e.id, NULL, NULL, NULL, NULL, NULL, true, 4, 5, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'lateral-hip-stretch';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 9, e.id, 20, NULL, NULL, NULL, NULL, false, NULL, NULL, 5, 10
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'standing-abdominal';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 10, e.id, 60, NULL, NULL, NULL, NULL, false, NULL, NULL, 2, 3
FROM routine_template t, exercise e WHERE t.slug = 'ten-back-and-hip-exercises' AND e.slug = 'deep-squat-rest';

INSERT INTO routine_template (slug, name, description, source_article, built_in, created_by, updated_by)
VALUES ('lower-back-starter', 'Lower Back Starter',
    'A gentle start for lower back pain, built from the strengthening and mobility exercises of ''Easy Stretches To Release Lower Back And Hip Pain''. Morning and night.',
    'Easy Stretches To Release Lower Back And Hip Pain', true, 'limber-seed', 'limber-seed');
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 1, e.id, 5, NULL, 2, 3, NULL, true, NULL, NULL, 2, NULL
FROM routine_template t, exercise e WHERE t.slug = 'lower-back-starter' AND e.slug = 'knee-to-chest';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 2, e.id, 5, 10, 2, 3, NULL, true, NULL, NULL, 2, NULL
FROM routine_template t, exercise e WHERE t.slug = 'lower-back-starter' AND e.slug = 'lower-back-rotational-stretch';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 3, e.id, NULL, NULL, NULL, NULL, NULL, false, 3, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'lower-back-starter' AND e.slug = 'glute-bridge';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 4, e.id, NULL, NULL, 10, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'lower-back-starter' AND e.slug = 'cat-cow';
INSERT INTO template_item (template_id, position, exercise_id, hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max)
SELECT t.id, 5, e.id, 10, NULL, 10, NULL, NULL, false, NULL, NULL, NULL, NULL
FROM routine_template t, exercise e WHERE t.slug = 'lower-back-starter' AND e.slug = 'supine-abdominal-draw-in';
