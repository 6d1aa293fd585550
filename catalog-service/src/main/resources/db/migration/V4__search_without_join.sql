-- Search skips retired exercises with an anti-join against the few retired rows, instead of
-- hashing every exercise on each query.
CREATE INDEX exercise_retired ON exercise (id) WHERE retired_at IS NOT NULL;
