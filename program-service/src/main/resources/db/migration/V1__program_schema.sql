-- Patients, prescribed programs (with revisions and exercise snapshots), session logs, the daily
-- adherence tally behind the caseload, and the flag table the red-flag issue will fill.
-- Every row carries clinic_id: every query is scoped by the caller's clinic.

CREATE TABLE patient (
    id                 uuid         PRIMARY KEY,
    clinic_id          varchar(64)  NOT NULL,
    subject            varchar(255),                 -- Keycloak user id (token "sub") of the patient
    display_name       varchar(200) NOT NULL,
    birth_year         integer      NOT NULL,
    condition_summary  varchar(2000),
    pain_onset         date,
    baseline_pain      integer      NOT NULL,
    time_zone          varchar(64)  NOT NULL,
    therapist_subject  varchar(255) NOT NULL,
    last_session_at    timestamptz,                  -- maintained by the session-log transaction
    created_at         timestamptz  NOT NULL,
    created_by         varchar(255) NOT NULL,
    CONSTRAINT patient_subject_key UNIQUE (subject),
    CONSTRAINT patient_baseline_pain_range CHECK (baseline_pain BETWEEN 0 AND 10)
);
CREATE INDEX patient_clinic_therapist_idx ON patient (clinic_id, therapist_subject);

CREATE TABLE program (
    id                 uuid         PRIMARY KEY,
    clinic_id          varchar(64)  NOT NULL,
    patient_id         uuid         NOT NULL REFERENCES patient (id),
    title              varchar(200) NOT NULL,
    status             varchar(16)  NOT NULL,
    revision           integer      NOT NULL,
    lock_version       bigint       NOT NULL DEFAULT 0,
    sessions_per_day   integer      NOT NULL,
    days_per_week      integer      NOT NULL,
    scheduled_days     varchar(64)  NOT NULL,        -- e.g. MONDAY,TUESDAY,...
    start_date         date         NOT NULL,
    review_date        date,
    end_date           date,
    activated_at       timestamptz,
    completed_at       timestamptz,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(255) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(255) NOT NULL,
    CONSTRAINT program_status_known CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED')),
    CONSTRAINT program_sessions_per_day_range CHECK (sessions_per_day BETWEEN 1 AND 6),
    CONSTRAINT program_days_per_week_range CHECK (days_per_week BETWEEN 1 AND 7)
);
CREATE INDEX program_patient_idx ON program (patient_id);
-- At most one active program per patient, even under concurrent activations.
CREATE UNIQUE INDEX program_one_active_per_patient ON program (patient_id) WHERE status = 'ACTIVE';

CREATE TABLE program_item (
    id                 uuid         PRIMARY KEY,
    program_id         uuid         NOT NULL REFERENCES program (id),
    position           integer      NOT NULL,
    added_revision     integer      NOT NULL,
    removed_revision   integer,                      -- null while the item is part of the program
    added_at           timestamptz  NOT NULL,
    exercise_slug      varchar(80)  NOT NULL,
    exercise_version   integer      NOT NULL,
    name               varchar(120) NOT NULL,
    purpose            varchar(300),
    steps              text[]       NOT NULL,
    cautions           text[]       NOT NULL DEFAULT '{}',
    contraindications  text[]       NOT NULL DEFAULT '{}',
    catalog_dosage     jsonb        NOT NULL,        -- the catalog's default dosage at prescription
    hold_seconds       integer,
    reps               integer,
    sets               integer,
    per_side           boolean      NOT NULL,
    breaths            integer,
    note               varchar(1000)
);
CREATE INDEX program_item_program_idx ON program_item (program_id);

CREATE TABLE program_revision (
    id                 uuid         PRIMARY KEY,
    program_id         uuid         NOT NULL REFERENCES program (id),
    revision           integer      NOT NULL,
    changed_at         timestamptz  NOT NULL,
    changed_by         varchar(255) NOT NULL,
    summary            jsonb        NOT NULL,
    sessions_per_day   integer      NOT NULL,
    scheduled_days     varchar(64)  NOT NULL,
    CONSTRAINT program_revision_key UNIQUE (program_id, revision)
);

CREATE TABLE program_pause (
    id                 uuid         PRIMARY KEY,
    program_id         uuid         NOT NULL REFERENCES program (id),
    started_at         timestamptz  NOT NULL,
    ended_at           timestamptz,
    started_by         varchar(255) NOT NULL
);
CREATE INDEX program_pause_program_idx ON program_pause (program_id);

CREATE TABLE session_log (
    id                 uuid         PRIMARY KEY,
    clinic_id          varchar(64)  NOT NULL,
    patient_id         uuid         NOT NULL REFERENCES patient (id),
    program_id         uuid         NOT NULL REFERENCES program (id),
    program_revision   integer      NOT NULL,
    performed_at       timestamptz  NOT NULL,
    local_day          date         NOT NULL,        -- the day in the patient's time zone
    completion         varchar(8)   NOT NULL,
    items              jsonb        NOT NULL,
    pain_before        integer      NOT NULL,
    pain_after         integer      NOT NULL,
    pain_during        integer      NOT NULL,
    difficulty         varchar(8)   NOT NULL,
    note               varchar(1000),
    created_at         timestamptz  NOT NULL,
    CONSTRAINT session_completion_known CHECK (completion IN ('FULL', 'PARTIAL', 'NONE')),
    CONSTRAINT session_pain_range CHECK (pain_before BETWEEN 0 AND 10 AND pain_after BETWEEN 0 AND 10
        AND pain_during BETWEEN 0 AND 10)
);
CREATE INDEX session_log_program_idx ON session_log (program_id, performed_at);

-- One row per (patient, key): the unique key makes concurrent duplicates wait and then replay.
CREATE TABLE idempotency_key (
    patient_id         uuid         NOT NULL REFERENCES patient (id),
    idempotency_key    varchar(200) NOT NULL,
    request_hash       char(64)     NOT NULL,
    session_id         uuid         NOT NULL,
    response           text         NOT NULL,        -- the exact body first returned
    created_at         timestamptz  NOT NULL,
    PRIMARY KEY (patient_id, idempotency_key)
);

-- Pre-aggregated per patient and local day, updated in the session-log transaction, so the
-- caseload reads a bounded window whatever the length of the history.
CREATE TABLE patient_day (
    patient_id         uuid         NOT NULL REFERENCES patient (id),
    day                date         NOT NULL,
    full_sessions      integer      NOT NULL DEFAULT 0,
    partial_sessions   integer      NOT NULL DEFAULT 0,
    pain_before_sum    integer      NOT NULL DEFAULT 0,
    pain_count         integer      NOT NULL DEFAULT 0,
    PRIMARY KEY (patient_id, day)
);

-- Filled by the red-flag issue; the caseload already counts open flags.
CREATE TABLE flag (
    id                 uuid         PRIMARY KEY,
    clinic_id          varchar(64)  NOT NULL,
    patient_id         uuid         NOT NULL REFERENCES patient (id),
    severity           varchar(16)  NOT NULL,
    status             varchar(16)  NOT NULL,
    created_at         timestamptz  NOT NULL,
    CONSTRAINT flag_severity_known CHECK (severity IN ('EMERGENCY', 'URGENT', 'REVIEW', 'ADHERENCE')),
    CONSTRAINT flag_status_known CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED'))
);
CREATE INDEX flag_open_by_patient_idx ON flag (patient_id) WHERE status = 'OPEN';
