-- Product content: every distinct exercise of the four seed articles, merged where one exercise
-- appears in several. Steps are written anew in plain words; dosage is as the articles give it.
-- docs/catalog-content.md lists every exercise, its source and each interpretation made here.

INSERT INTO exercise (slug, version) VALUES ('cat-cow-hip-circles', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Cat-Cow Hip Circles', ARRAY['Cat Cow Circles'],
    'A gentle moving warm-up that brings fresh blood flow into the hips and lower back.',
    ARRAY[
        'Start on your hands and knees, with your hands under your shoulders and your knees under your hips.',
        'Breathe in and let your belly drop as you lift your tailbone and push your chest forward (cow).',
        'Breathe out and round your back, tucking your tailbone under (cat).',
        'Keep the rounded shape and slowly circle your hips to the right, around, and back to the middle.',
        'Circle one way for about 15 seconds, then the other way.'],
    'dynamic-mobility', 'tabletop', ARRAY['hip', 'lower-back'], ARRAY['lumbar-spine', 'thoracic-spine', 'glutes'], ARRAY['mat'],
    ARRAY['Keep the circles small if your back feels sore.', 'Put a folded towel under your knees if kneeling hurts.'],
    ARRAY['wrist-pain'],
    30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
    'About 15 seconds circling in each direction.', ARRAY['Easy 5-Minute Stretch To Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'cat-cow-hip-circles';

INSERT INTO exercise (slug, version) VALUES ('childs-pose', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Child''s Pose', ARRAY['Balasana'],
    'A restful pose that stretches the whole back and opens the hips by stretching the glutes.',
    ARRAY[
        'Start on your hands and knees.',
        'Move your knees out towards the edges of the mat and bring your big toes together.',
        'Sit your hips back towards your heels.',
        'Walk your hands forward and rest your forehead on the mat.',
        'Close your eyes and breathe slowly while you relax.'],
    'static-stretch', 'kneeling', ARRAY['lower-back', 'hip'], ARRAY['lumbar-spine', 'thoracic-spine', 'glutes'], ARRAY['mat'],
    ARRAY['Put a pillow between your hips and heels if you cannot sit back comfortably.'],
    ARRAY['knee-pain'],
    30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
    NULL, ARRAY['Easy 5-Minute Stretch To Release Lower Back and Hip Pain', '9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'childs-pose';

INSERT INTO exercise (slug, version) VALUES ('runners-lunge', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Runner''s Lunge', ARRAY['Low Lunge'],
    'Opens tight hip flexors, which pull on the lower back, and also stretches the thigh and stomach muscles.',
    ARRAY[
        'Start on your hands and knees.',
        'Step your right foot forward to the outside of your right hand.',
        'Inch the front foot a little further forward and turn the toes out slightly.',
        'Sink your hips down and forward and tighten your stomach muscles. You should feel a stretch at the front of the left hip.',
        'Hold, then switch sides.'],
    'static-stretch', 'tabletop', ARRAY['hip', 'thigh'], ARRAY['hip-flexors', 'quadriceps', 'abdominals'], ARRAY['mat'],
    ARRAY['Pad the back knee with a folded towel if it presses uncomfortably.', 'Keep your front knee above your ankle.'],
    ARRAY['knee-pain'],
    30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    NULL, ARRAY['Easy 5-Minute Stretch To Release Lower Back and Hip Pain', '9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'runners-lunge';

INSERT INTO exercise (slug, version) VALUES ('supine-figure-4', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Supine Figure 4', ARRAY['Figure Four Stretch', 'Reclined Pigeon'],
    'Releases the outer hip, glutes and piriformis to ease pain in the hips and lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Lift your left foot off the floor and reach your right arm through the gap between your legs.',
        'Hold the back of your left thigh with both hands and gently pull it towards you until you feel a stretch in the outer right hip.',
        'Hold, then release and switch sides.'],
    'static-stretch', 'supine', ARRAY['hip', 'lower-back'], ARRAY['glutes', 'piriformis', 'lumbar-spine'], ARRAY['mat'],
    ARRAY['Keep your head and shoulders relaxed on the floor.'],
    ARRAY['recent-hip-replacement'],
    30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    NULL, ARRAY['Easy 5-Minute Stretch To Release Lower Back and Hip Pain', '9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'supine-figure-4';

INSERT INTO exercise (slug, version) VALUES ('gentle-supine-twist', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Gentle Supine Twist', ARRAY['Supine Twist'],
    'A soothing twist that releases tension along the lower spine and in the outer hips.',
    ARRAY[
        'Lie on your back and hug both knees into your chest.',
        'Keep your feet off the floor with your shins level with the mat. Rest your upper arms on the mat with your elbows bent.',
        'Breathe in, then breathe out as you lower both knees to the left. Keep your shoulders on the floor.',
        'To deepen the twist, rest your right hand on the outside of your left thigh. Look up or over your right shoulder.',
        'Hold, then bring your knees back to the middle and switch sides.'],
    'static-stretch', 'supine', ARRAY['lower-back', 'hip', 'chest'], ARRAY['lumbar-spine', 'obliques', 'glutes', 'chest'], ARRAY['mat'],
    ARRAY['Lower your knees only as far as is comfortable; a pillow under them helps.'],
    ARRAY[]::text[],
    30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    NULL, ARRAY['Easy 5-Minute Stretch To Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'gentle-supine-twist';

INSERT INTO exercise (slug, version) VALUES ('figure-4-twist', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Figure 4 Twist', ARRAY['Figure Four Twist'],
    'Stretches the lower back and helps the hip turn outwards, to reduce hip pain.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Cross your right ankle over your left thigh, just above the knee.',
        'Spread your arms out to the sides at shoulder height.',
        'Breathe out and let both legs fall slowly to the left, keeping your shoulders on the floor.',
        'Hold, then come back to the middle and switch sides.'],
    'static-stretch', 'supine', ARRAY['lower-back', 'hip'], ARRAY['lumbar-spine', 'glutes', 'piriformis', 'obliques'], ARRAY['mat'],
    ARRAY['Let your legs drop only as far as feels comfortable.'],
    ARRAY['recent-hip-replacement'],
    30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    NULL, ARRAY['9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'figure-4-twist';

INSERT INTO exercise (slug, version) VALUES ('adductor-opener', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Adductor Opener', ARRAY['Inner Thigh Opener'],
    'Opens up the inner thigh (adductor) muscles and the hip flexors.',
    ARRAY[
        'Start on your hands and knees on a soft mat.',
        'Slide your knees out wide, keeping your ankles in line with your knees.',
        'Lower onto your forearms.',
        'Gently ease your hips back until you feel a stretch along both inner thighs.',
        'Breathe slowly while you hold, then walk your knees back together.'],
    'static-stretch', 'tabletop', ARRAY['groin', 'hip'], ARRAY['adductors', 'hip-flexors'], ARRAY['mat'],
    ARRAY['Widen your knees only as far as is comfortable.', 'Pad your knees with a folded blanket.'],
    ARRAY['knee-pain', 'recent-hip-replacement'],
    30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
    NULL, ARRAY['9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'adductor-opener';

INSERT INTO exercise (slug, version) VALUES ('wide-legged-forward-fold', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Wide-Legged Forward Fold', ARRAY['Prasarita Padottanasana'],
    'Stretches the glutes, lower back, upper back and hamstrings.',
    ARRAY[
        'Stand with your feet wide apart and your toes pointing forward.',
        'Put your hands on your hips and stand tall.',
        'Bend forward from your hips with a long back, and rest your hands on the floor, a block or your legs.',
        'Let your head hang and relax your neck and shoulders.',
        'To come up, bend your knees a little, put your hands on your hips and rise slowly with a straight back.'],
    'static-stretch', 'standing', ARRAY['lower-back', 'upper-back', 'thigh'], ARRAY['hamstrings', 'glutes', 'lumbar-spine', 'thoracic-spine'], ARRAY['mat', 'block'],
    ARRAY['Bend your knees if you feel pulling behind them.', 'Stop if pain or tingling travels down your leg.'],
    ARRAY['radiating-leg-pain', 'balance-problems'],
    30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
    NULL, ARRAY['9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'wide-legged-forward-fold';

INSERT INTO exercise (slug, version) VALUES ('cow-face-legs', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Cow Face Legs', ARRAY['Gomukhasana Legs'],
    'Stretches the outer hips and the lower back.',
    ARRAY[
        'Sit on the floor with your legs out in front of you.',
        'Bend your knees and slide your left foot under your right leg to the outside of your right hip.',
        'Cross your right leg over the left so your knees stack, and bring your right foot beside your left hip.',
        'Sit tall on both sitting bones. Lean forward a little from your hips for more stretch.',
        'Hold, then release. Next time, put the other leg on top.'],
    'static-stretch', 'seated', ARRAY['hip', 'lower-back'], ARRAY['glutes', 'piriformis', 'lumbar-spine'], ARRAY['mat', 'pillow'],
    ARRAY['Sit on a folded blanket or pillow if your knees or hips feel strained.'],
    ARRAY['knee-pain', 'recent-hip-replacement'],
    30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
    NULL, ARRAY['9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'cow-face-legs';

INSERT INTO exercise (slug, version) VALUES ('seated-twist', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Seated Twist', ARRAY['Seated Spinal Twist', 'Half Lord of the Fishes'],
    'A twist that releases the lower back, glutes and piriformis and can ease sciatica-type tightness.',
    ARRAY[
        'Sit on the floor with your legs straight out in front of you.',
        'Bend your right knee and tuck your right heel close to your right buttock. Cross your left foot over and set it down beside your right knee.',
        'Put your left hand on the floor behind you for support.',
        'Press your right elbow against the outside of your left knee and turn to look over your left shoulder.',
        'Grow taller as you breathe in, and turn a little further as you breathe out.',
        'Hold, then unwind, straighten your legs and switch sides.'],
    'static-stretch', 'seated', ARRAY['lower-back', 'hip'], ARRAY['lumbar-spine', 'glutes', 'piriformis', 'obliques'], ARRAY['mat'],
    ARRAY['Twist from your middle back and do not force the turn with your arm.'],
    ARRAY[]::text[],
    30, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    '9 Easy Stretches holds 30 seconds per side; 10 Exercises for Back and Hip Pain holds 1 minute per side.', ARRAY['9 Easy Stretches to Release Lower Back and Hip Pain', '10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'seated-twist';

INSERT INTO exercise (slug, version) VALUES ('happy-baby', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Happy Baby', ARRAY['Ananda Balasana'],
    'Opens up the lower back and stretches the hips.',
    ARRAY[
        'Lie on your back and hug your knees towards your chest.',
        'Open your knees wider than your body and bring them towards your armpits.',
        'Point the soles of your feet up to the ceiling, with your ankles above your knees.',
        'Hold the outsides of your feet, your ankles or your shins, and gently pull down.',
        'Keep your lower back and head resting on the floor. Rock gently from side to side if it feels good.'],
    'static-stretch', 'supine', ARRAY['lower-back', 'hip', 'groin'], ARRAY['lumbar-spine', 'adductors', 'hip-flexors'], ARRAY['mat'],
    ARRAY['Hold your shins instead of your feet if you cannot reach without lifting your head.'],
    ARRAY['recent-hip-replacement'],
    30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
    NULL, ARRAY['9 Easy Stretches to Release Lower Back and Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'happy-baby';

INSERT INTO exercise (slug, version) VALUES ('reverse-lunge', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Reverse Lunge', ARRAY['Backward Lunge'],
    'Strengthens the glutes, which helps prevent back problems and tight hips.',
    ARRAY[
        'Stand tall with your feet shoulder-width apart.',
        'Step one foot back and lower your body until the back knee nearly touches the floor.',
        'Keep your front knee in line with your foot and your upper body upright.',
        'Pause briefly, then push through the heel of your front foot to stand back up.',
        'Do all the repetitions on one leg, then on the other.'],
    'strengthening', 'standing', ARRAY['hip', 'thigh'], ARRAY['glutes', 'quadriceps'], ARRAY[]::text[],
    ARRAY['Hold a chair or a wall for balance if you need to.', 'Make the step smaller if your knee hurts.'],
    ARRAY['balance-problems', 'knee-pain'],
    NULL, NULL, 10, NULL, 3, true, NULL, NULL, NULL, NULL,
    NULL, ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'reverse-lunge';

INSERT INTO exercise (slug, version) VALUES ('lying-twist', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Lying Twist', ARRAY['Supine Spinal Twist'],
    'Eases a tight and weak lower back and helps get rid of lower back pain.',
    ARRAY[
        'Lie on your back with your arms stretched out to the sides at shoulder height.',
        'Bend your knees and bring your feet close to your hips, soles flat on the floor.',
        'Let both knees fall to the left until the left knee rests on the floor, and turn your head to look at your right hand.',
        'Breathe deeply. Each time you breathe out, relax a little further into the twist.',
        'Bring your knees back to the middle and repeat on the other side.'],
    'static-stretch', 'supine', ARRAY['lower-back'], ARRAY['lumbar-spine', 'obliques', 'glutes'], ARRAY['mat'],
    ARRAY['Let your knees go only as far as is comfortable; rest them on a pillow if they do not reach the floor.'],
    ARRAY[]::text[],
    30, 60, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    'Breathe deeply for 30 to 60 seconds on each side.', ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'lying-twist';

INSERT INTO exercise (slug, version) VALUES ('shoelace-stretch', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Shoelace Stretch', ARRAY['Shoelace Pose'],
    'Releases tight hips and opens up the lower back.',
    ARRAY[
        'Sit cross-legged on the floor.',
        'Slide one foot under the opposite thigh, and bring the other foot over towards the opposite hip so your knees stack.',
        'If your hips are very tight, sit on a pillow so your pelvis tips forward.',
        'Keeping your back straight, fold forward from your hips. Rest your elbows on your thighs or on a block, and support your head with your hands.',
        'Breathe deeply while you hold, then change the cross of your legs and repeat.'],
    'static-stretch', 'seated', ARRAY['hip', 'lower-back'], ARRAY['glutes', 'piriformis', 'lumbar-spine'], ARRAY['mat', 'pillow', 'block'],
    ARRAY['Stop if pain or tingling travels down your leg.', 'Sit higher on a pillow if your knees feel strained.'],
    ARRAY['radiating-leg-pain', 'knee-pain', 'recent-hip-replacement'],
    30, 60, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    'Hold for 30 seconds to 1 minute on each side.', ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'shoelace-stretch';

INSERT INTO exercise (slug, version) VALUES ('seated-lunge', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Seated Lunge', ARRAY['Chair Hip Flexor Stretch'],
    'A hip flexor stretch that eases hip and lower back pain and suits people who find sitting painful.',
    ARRAY[
        'Sit upright at the side of a chair with one leg and buttock on the seat and the other off it. Keep both knees bent and feet flat.',
        'Slide the leg that is off the seat out to the side and back behind you until you feel a comfortable stretch.',
        'Hold the back of the chair or a table to stay steady.',
        'Tighten the thigh muscles of the back leg to stretch it a little further, and hold.',
        'Switch sides.'],
    'static-stretch', 'chair', ARRAY['hip', 'thigh'], ARRAY['hip-flexors', 'quadriceps'], ARRAY['chair'],
    ARRAY['Use a steady chair without wheels.'],
    ARRAY[]::text[],
    60, NULL, NULL, NULL, NULL, true, NULL, NULL, NULL, NULL,
    NULL, ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'seated-lunge';

INSERT INTO exercise (slug, version) VALUES ('pigeon-pose', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Pigeon Pose', ARRAY['Pigeon Stretch'],
    'Stretches the outer hip and the piriformis muscle, which can irritate the sciatic nerve and cause hip and back pain.',
    ARRAY[
        'Start kneeling, with your weight towards the sore hip.',
        'Bring the knee of the sore side forward and let that foot rest in front of you as far as is comfortable, without pulling.',
        'Take the other leg back with the knee bent to about a right angle.',
        'Place your hands on the floor on either side of the front knee, lift tall out of your hips, then lean forward a little.',
        'Keep your back long, not rounded, and breathe deeply. In time you may be able to lower onto your forearms.'],
    'static-stretch', 'kneeling', ARRAY['hip', 'lower-back'], ARRAY['piriformis', 'glutes'], ARRAY['mat', 'pillow'],
    ARRAY['Stop if you feel pain in the front knee.', 'Put a pillow under the hip of the front leg if it does not reach the floor.'],
    ARRAY['knee-pain', 'recent-hip-replacement'],
    30, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL,
    'On the painful side only, as the article describes.', ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'pigeon-pose';

INSERT INTO exercise (slug, version) VALUES ('butterfly-pose', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Butterfly Pose', ARRAY['Bound Angle Pose', 'Baddha Konasana'],
    'Stretches the inner thighs, hips and groin; folding forward also opens up tight lower back muscles.',
    ARRAY[
        'Sit on the floor, bend both knees and bring the soles of your feet together.',
        'Hold your feet and open them like a book, pressing your knees gently towards the floor.',
        'Sit tall, relax your shoulders, and slowly fold forward from your hips as you breathe deeply, keeping your back straight.',
        'Stop where it feels right, even if that is only a few inches. For a deeper stretch, reach your arms forward along the floor.',
        'Stay for the breaths, then come back up slowly.'],
    'static-stretch', 'seated', ARRAY['groin', 'hip', 'lower-back'], ARRAY['adductors', 'hip-flexors', 'lumbar-spine'], ARRAY['mat'],
    ARRAY['Stop if pain or tingling travels down your leg.'],
    ARRAY['radiating-leg-pain'],
    NULL, NULL, NULL, NULL, NULL, false, 5, NULL, NULL, NULL,
    NULL, ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'butterfly-pose';

INSERT INTO exercise (slug, version) VALUES ('lateral-hip-stretch', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Lateral Hip Stretch', ARRAY['Crossed-Leg Hip Stretch'],
    'A stretch across the side of the hips that restores balance around the spine and relieves back and hip pain.',
    ARRAY[
        'Lie on your back with your knees bent and your feet on the floor.',
        'Cross one knee over the other.',
        'Use the top leg to pull the lower knee over to the side, and hold.',
        'You should feel a stretch along the outer thigh and hip of the leg being pulled over.',
        'Relax and breathe, then cross the other leg on top and move both knees to the other side.'],
    'static-stretch', 'supine', ARRAY['hip', 'thigh', 'lower-back'], ARRAY['glutes', 'lumbar-spine'], ARRAY['mat'],
    ARRAY['Keep both shoulders on the floor.'],
    ARRAY['recent-hip-replacement'],
    NULL, NULL, NULL, NULL, NULL, true, 4, 5, NULL, NULL,
    NULL, ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'lateral-hip-stretch';

INSERT INTO exercise (slug, version) VALUES ('standing-abdominal', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Standing Abdominal Exercise', ARRAY['Standing Pelvic Tilt'],
    'Corrects a pelvis that tips forward, which strains the hips and lower back.',
    ARRAY[
        'Stand tall with your feet together and squeeze your buttocks.',
        'Tighten your stomach muscles so the front of your pelvis tilts up, and draw your belly button in towards your spine.',
        'Keep breathing normally while you hold.',
        'Release, and repeat through the day.'],
    'core-postural', 'standing', ARRAY['core', 'lower-back'], ARRAY['abdominals', 'glutes'], ARRAY[]::text[],
    ARRAY['Keep breathing; do not hold your breath while you tighten.'],
    ARRAY[]::text[],
    20, NULL, NULL, NULL, NULL, false, NULL, NULL, 5, 10,
    NULL, ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'standing-abdominal';

INSERT INTO exercise (slug, version) VALUES ('deep-squat-rest', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Deep Squat Rest', ARRAY['Malasana', 'Yogi Squat'],
    'Opens up the hips and makes the lower back less stiff; it becomes easier with time.',
    ARRAY[
        'Stand tall with your feet shoulder-width apart.',
        'Slowly lower into a full squat, keeping your upper body upright.',
        'As you go lower, bring your belly towards your thighs and rest your arms in front of you, with your knees tucked in.',
        'Rest here, breathing slowly, until your stomach and chest settle on your thighs or the minute is up.',
        'Come up slowly, holding on to something steady if you need to.'],
    'static-stretch', 'standing', ARRAY['hip', 'lower-back', 'groin'], ARRAY['glutes', 'adductors', 'lumbar-spine', 'calves'], ARRAY[]::text[],
    ARRAY['Hold a table or door frame if your balance is unsteady.', 'Put a folded towel under your heels if they lift.'],
    ARRAY['knee-pain', 'recent-hip-replacement', 'balance-problems'],
    60, NULL, NULL, NULL, NULL, false, NULL, NULL, 2, 3,
    NULL, ARRAY['10 Exercises for Back and Hip Pain You Should Be Doing NOW!'], 'limber-seed'
FROM exercise WHERE slug = 'deep-squat-rest';

INSERT INTO exercise (slug, version) VALUES ('cat-cow', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Cat-Cow', ARRAY['Cat Cow', 'Cat and Cow', 'Cat-Camel'],
    'A flowing movement that loosens the whole spine and improves back flexibility.',
    ARRAY[
        'Kneel on all fours with your knees under your hips and your hands under your shoulders. Keep your back flat and your neck in line with it.',
        'Slowly let your stomach sink and arch your back, keeping your shoulders and hips still (cow).',
        'Move back through a flat back, then push your spine up towards the ceiling into a rounded back (cat).',
        'Keep moving slowly and steadily between the two shapes.'],
    'dynamic-mobility', 'tabletop', ARRAY['lower-back', 'upper-back'], ARRAY['lumbar-spine', 'thoracic-spine', 'abdominals'], ARRAY['mat'],
    ARRAY['Move within a comfortable range; the movement should feel easy.'],
    ARRAY['wrist-pain'],
    NULL, NULL, 10, NULL, NULL, false, NULL, NULL, NULL, NULL,
    'The article gives no count for this exercise; its general tip for dynamic stretches is 10 repetitions.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'cat-cow';

INSERT INTO exercise (slug, version) VALUES ('supine-abdominal-draw-in', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Supine Abdominal Draw-In', ARRAY['Abdominal Draw-In', 'Tummy Hollowing'],
    'Wakes up the deep stomach muscles that support the lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Breathe in and let your stomach relax.',
        'Breathe out and gently draw your belly button in towards your spine, without pressing your back flat.',
        'Hold while you keep breathing normally, then relax.'],
    'core-postural', 'supine', ARRAY['core', 'lower-back'], ARRAY['abdominals'], ARRAY['mat'],
    ARRAY['This is a gentle tightening, about a third of your full strength. Do not hold your breath.'],
    ARRAY[]::text[],
    10, NULL, 10, NULL, NULL, false, NULL, NULL, NULL, NULL,
    'The article gives only the starting position and no dosage; 10-second holds repeated 10 times is the usual starting dose.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'supine-abdominal-draw-in';

INSERT INTO exercise (slug, version) VALUES ('knee-to-chest', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Knee to Chest Stretch', ARRAY['Single Knee to Chest'],
    'An easy stretch for the lower back and glutes that also works as a warm-up.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'With both hands, pull one knee towards your chest.',
        'Tighten your stomach muscles and press your back gently into the floor. Hold.',
        'Return to the start and repeat with the other leg.'],
    'static-stretch', 'supine', ARRAY['lower-back', 'hip'], ARRAY['lumbar-spine', 'glutes'], ARRAY['mat'],
    ARRAY['Hold behind your thigh rather than over your knee if your knee is sore.'],
    ARRAY[]::text[],
    5, NULL, 2, 3, NULL, true, NULL, NULL, 2, NULL,
    'Repeat 2 to 3 times, in the morning and at night.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'knee-to-chest';

INSERT INTO exercise (slug, version) VALUES ('lower-back-rotational-stretch', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Lower Back Rotational Stretch', ARRAY['Knee Rolls'],
    'An easy rotation that gets the lower back muscles ready to move.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Keeping your shoulders firmly on the floor, roll your bent knees to one side and hold.',
        'Return to the middle and repeat on the other side.'],
    'static-stretch', 'supine', ARRAY['lower-back'], ARRAY['lumbar-spine', 'obliques'], ARRAY['mat'],
    ARRAY['Roll only as far as is comfortable.'],
    ARRAY[]::text[],
    5, 10, 2, 3, NULL, true, NULL, NULL, 2, NULL,
    'Repeat 2 to 3 times, in the morning and at night.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'lower-back-rotational-stretch';

INSERT INTO exercise (slug, version) VALUES ('glute-bridge', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Glute Bridge', ARRAY['Bridge', 'Hip Bridge'],
    'Strengthens the glutes and stomach muscles that support the lower back.',
    ARRAY[
        'Lie on your back with your knees bent and your feet flat on the floor, hip-width apart.',
        'Tighten your stomach and buttock muscles and lift your hips until your shoulders, hips and knees are in a straight line.',
        'Hold the position for as long as you can, starting with 3 deep breaths.',
        'Lower your hips slowly back to the floor.'],
    'strengthening', 'supine', ARRAY['hip', 'lower-back', 'core'], ARRAY['glutes', 'abdominals'], ARRAY['mat'],
    ARRAY['Lift only as high as you can without arching your lower back.'],
    ARRAY[]::text[],
    NULL, NULL, NULL, NULL, NULL, false, 3, NULL, NULL, NULL,
    'Hold as long as you can, starting with 3 deep breaths.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'glute-bridge';

INSERT INTO exercise (slug, version) VALUES ('modified-seated-side-straddle', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Modified Seated Side Straddle', ARRAY['Seated Side Straddle'],
    'Stretches the hamstrings, the outer hip muscles and the back muscles of the middle and lower back.',
    ARRAY[
        'Sit with both legs straight out in a wide V.',
        'Bend your left knee and bring the sole of your left foot to the inside of your right knee, letting the left knee drop out to the side.',
        'Keeping your back straight, lean forward from your hips and reach towards the toes of your right foot.',
        'Slowly round your back, bringing your hands towards your right ankle or shin and your head towards your right knee.',
        'Hold, then relax for 30 seconds. Repeat on the other side.'],
    'static-stretch', 'seated', ARRAY['thigh', 'lower-back', 'upper-back'], ARRAY['hamstrings', 'glutes', 'lumbar-spine', 'thoracic-spine'], ARRAY['mat'],
    ARRAY['Stop if pain or tingling travels down your leg.', 'Bend the straight knee slightly if the back of it pulls.'],
    ARRAY['radiating-leg-pain'],
    30, NULL, 5, 6, NULL, true, NULL, NULL, NULL, NULL,
    'Hold 30 seconds, relax 30 seconds. The article says "56 repetitions", read as 5-6.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'modified-seated-side-straddle';

INSERT INTO exercise (slug, version) VALUES ('cobra-to-downward-dog', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Cobra to Downward Dog', ARRAY['Cobra to Down Dog'],
    'Moves between a back bend and a long stretch of the back and legs to improve back flexibility.',
    ARRAY[
        'Lie face down on a mat with your hands flat on the floor beside your lower ribs.',
        'Straighten your arms to lift your chest, keeping your hips on the floor. Look up and arch your back (cobra).',
        'Keeping your hands where they are, tuck your toes and lift your hips as high as you can, with your legs as straight as is comfortable (downward dog).',
        'Press your palms into the floor and let your head sit between your arms, looking back towards your feet.',
        'Lower back down into the cobra and keep moving slowly between the two.'],
    'dynamic-mobility', 'prone', ARRAY['lower-back', 'upper-back', 'thigh'], ARRAY['lumbar-spine', 'thoracic-spine', 'hamstrings', 'calves', 'shoulders'], ARRAY['mat'],
    ARRAY['Keep the back bend small if it pinches your lower back.', 'Stop if pain or tingling travels down your leg.'],
    ARRAY['radiating-leg-pain', 'wrist-pain'],
    NULL, NULL, 10, NULL, NULL, false, NULL, NULL, NULL, NULL,
    'The article gives no count for this exercise; its general tip for dynamic stretches is 10 repetitions.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'cobra-to-downward-dog';

INSERT INTO exercise (slug, version) VALUES ('kneeling-thoracic-twist', 1);
INSERT INTO exercise_version (exercise_id, version, is_current, name, aliases, purpose, steps, category,
    starting_position, regions, muscles, equipment, cautions, contraindications,
    hold_seconds, hold_seconds_max, reps, reps_max, sets, per_side, breaths, breaths_max, times_per_day, times_per_day_max,
    dosage_note, source_articles, created_by)
SELECT id, 1, true, 'Kneeling Thoracic Twist', ARRAY['Kneeling Upper Back Twist'],
    'Turns the upper back to improve its mobility, which takes strain off the lower back.',
    ARRAY[
        'Kneel on one knee with the other foot flat on the floor in front of you.',
        'Place both palms flat on the floor, in line with your front foot.',
        'Turn your upper body towards your front leg and lift the arm on that side up towards the ceiling.',
        'Keep turning until your shoulder, elbow and hand point straight up. Let your head follow your chest.',
        'Slowly return to the start. Do all the repetitions, then switch sides.'],
    'dynamic-mobility', 'kneeling', ARRAY['upper-back', 'chest'], ARRAY['thoracic-spine', 'obliques', 'chest'], ARRAY['mat'],
    ARRAY['Move slowly and only as far as feels easy.'],
    ARRAY['wrist-pain', 'knee-pain'],
    NULL, NULL, 10, NULL, NULL, true, NULL, NULL, NULL, NULL,
    'The article gives no count for this exercise; its general tip for dynamic stretches is 10 repetitions.', ARRAY['Easy Stretches To Release Lower Back And Hip Pain'], 'limber-seed'
FROM exercise WHERE slug = 'kneeling-thoracic-twist';
