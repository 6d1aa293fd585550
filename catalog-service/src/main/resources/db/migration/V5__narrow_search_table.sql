-- Search reads a narrow copy of each current, unretired exercise: the ranking document, the filter
-- columns and the sort key, about half the width of an exercise_version row and without old versions
-- or retired exercises to skip. Triggers keep it in step with every write, in the writing transaction.

CREATE TABLE exercise_search (
    exercise_id        bigint       PRIMARY KEY REFERENCES exercise (id),
    version_id         bigint       NOT NULL REFERENCES exercise_version (id),
    name_key           text         NOT NULL,       -- lower(name): results with equal rank sort by it
    category           varchar(32)  NOT NULL,
    starting_position  varchar(32)  NOT NULL,
    regions            text[]       NOT NULL,
    muscles            text[]       NOT NULL,
    equipment          text[]       NOT NULL,
    contraindications  text[]       NOT NULL,
    search_doc         tsvector     NOT NULL
);

-- fastupdate off: the catalog is read far more than written, and a pending list of recent inserts would be
-- scanned in full by every search until a vacuum merged it (a bulk load left searches several times slower).
CREATE INDEX exercise_search_doc ON exercise_search USING gin (search_doc) WITH (fastupdate = off);
CREATE INDEX exercise_search_regions ON exercise_search USING gin (regions) WITH (fastupdate = off);
CREATE INDEX exercise_search_muscles ON exercise_search USING gin (muscles) WITH (fastupdate = off);
CREATE INDEX exercise_search_name ON exercise_search (name_key, exercise_id);

-- Replaces the exercise's row with its current version, or removes it when it has none or is retired.
CREATE FUNCTION exercise_search_sync(of_exercise bigint) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM exercise_search WHERE exercise_id = of_exercise;
    INSERT INTO exercise_search (exercise_id, version_id, name_key, category, starting_position, regions,
                                 muscles, equipment, contraindications, search_doc)
    SELECT v.exercise_id, v.id, lower(v.name), v.category, v.starting_position, v.regions, v.muscles,
           v.equipment, v.contraindications, v.search_doc
    FROM exercise_version v
    JOIN exercise e ON e.id = v.exercise_id
    WHERE v.exercise_id = of_exercise AND v.is_current AND e.retired_at IS NULL;
$$;

CREATE FUNCTION exercise_version_search_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM exercise_search_sync(NEW.exercise_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER exercise_version_search_sync
    AFTER INSERT OR UPDATE ON exercise_version
    FOR EACH ROW EXECUTE FUNCTION exercise_version_search_sync();

CREATE FUNCTION exercise_retired_search_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM exercise_search_sync(NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER exercise_retired_search_sync
    AFTER UPDATE OF retired_at ON exercise
    FOR EACH ROW EXECUTE FUNCTION exercise_retired_search_sync();

INSERT INTO exercise_search (exercise_id, version_id, name_key, category, starting_position, regions, muscles,
                             equipment, contraindications, search_doc)
SELECT v.exercise_id, v.id, lower(v.name), v.category, v.starting_position, v.regions, v.muscles, v.equipment,
       v.contraindications, v.search_doc
FROM exercise_version v
JOIN exercise e ON e.id = v.exercise_id
WHERE v.is_current AND e.retired_at IS NULL;

-- Search no longer reads exercise_version for matching, filtering or sorting.
DROP INDEX exercise_version_search;
DROP INDEX exercise_version_regions;
DROP INDEX exercise_version_muscles;
DROP INDEX exercise_version_name;
DROP INDEX exercise_retired;

-- Every write that can change a search result (an exercise version written or made non-current, an
-- exercise retired) moves this counter in the writing transaction; new known words only come with a new
-- version. The service keeps typo lookups and recent result pages in memory tagged with the generation
-- they were read at, and drops them as soon as a search or check sees another one, so every replica
-- answers as the database would. Writers of different exercises queue briefly on this one row.
CREATE TABLE catalog_generation (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    generation  bigint  NOT NULL,
    changed_in  xid8                              -- the transaction that moved it last
);
INSERT INTO catalog_generation (generation) VALUES (1);

-- Once per transaction is enough (readers see the new value only at commit), and keeps a bulk load of
-- thousands of statements from leaving thousands of dead versions of this row.
CREATE FUNCTION catalog_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_generation SET generation = generation + 1, changed_in = pg_current_xact_id()
    WHERE changed_in IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END
$$;

CREATE TRIGGER exercise_version_catalog_changed
    AFTER INSERT OR UPDATE ON exercise_version
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed();

CREATE TRIGGER exercise_retired_catalog_changed
    AFTER UPDATE OF retired_at ON exercise
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed();
