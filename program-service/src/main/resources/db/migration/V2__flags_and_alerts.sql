-- Red flags: symptom check-ins, flags with the rules that raised them, their audit trail, items put
-- on hold, the staff directory that alerts are addressed from, and the transactional alert outbox.

CREATE TABLE symptom_report (
    id                 uuid          PRIMARY KEY,
    clinic_id          varchar(64)   NOT NULL,
    patient_id         uuid          NOT NULL REFERENCES patient (id),
    answers            jsonb         NOT NULL,
    current_pain       integer,
    free_text          varchar(2000),
    severity           varchar(16),                  -- null: nothing to flag
    response           text          NOT NULL,       -- the triage first returned, replayed on retry
    idempotency_key    varchar(200),
    request_hash       varchar(64)   NOT NULL,
    created_at         timestamptz   NOT NULL,
    CONSTRAINT symptom_report_pain_range CHECK (current_pain BETWEEN 0 AND 10),
    CONSTRAINT symptom_report_key UNIQUE (patient_id, idempotency_key)
);
CREATE INDEX symptom_report_patient_idx ON symptom_report (patient_id, created_at);

ALTER TABLE flag
    ADD COLUMN source             varchar(16)  NOT NULL DEFAULT 'CHECK_IN',
    ADD COLUMN rules              jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN rules_version      varchar(64)  NOT NULL DEFAULT '',
    ADD COLUMN symptom_report_id  uuid         REFERENCES symptom_report (id),
    ADD COLUMN session_id         uuid         REFERENCES session_log (id),
    ADD COLUMN acknowledged_at    timestamptz,
    ADD COLUMN acknowledged_by    varchar(255),
    ADD COLUMN resolved_at        timestamptz,
    ADD COLUMN resolved_by        varchar(255),
    ADD COLUMN outcome            varchar(32),
    ADD COLUMN resolution_note    varchar(2000),
    ADD COLUMN escalated_at       timestamptz,
    ADD COLUMN lock_version       bigint       NOT NULL DEFAULT 0,
    ADD CONSTRAINT flag_source_known CHECK (source IN ('CHECK_IN', 'SESSION', 'SCHEDULE')),
    ADD CONSTRAINT flag_outcome_known CHECK (outcome IS NULL OR outcome IN
        ('REFERRED_TO_EMERGENCY_CARE', 'REFERRED_TO_GP', 'PROGRAM_MODIFIED', 'PROGRAM_CONTINUED'));
CREATE INDEX flag_inbox_idx ON flag (clinic_id, status, severity, created_at);
-- The escalation job reads only unacknowledged emergency and urgent flags not yet escalated.
CREATE INDEX flag_escalation_idx ON flag (created_at)
    WHERE status = 'OPEN' AND escalated_at IS NULL AND severity IN ('EMERGENCY', 'URGENT');

CREATE TABLE flag_event (
    id          uuid          PRIMARY KEY,
    flag_id     uuid          NOT NULL REFERENCES flag (id),
    at          timestamptz   NOT NULL,
    actor       varchar(255)  NOT NULL,              -- a user id, or "limber" for the scheduled jobs
    action      varchar(16)   NOT NULL,
    detail      varchar(2000),
    CONSTRAINT flag_event_action_known CHECK (action IN ('CREATED', 'ACKNOWLEDGED', 'RESOLVED', 'ESCALATED', 'ALERTED'))
);
CREATE INDEX flag_event_flag_idx ON flag_event (flag_id, at);

ALTER TABLE program_item
    ADD COLUMN held_by_flag  uuid REFERENCES flag (id),
    ADD COLUMN hold_reason   varchar(300);

-- Staff as last seen in their tokens: where alerts go. Filled on each staff request.
CREATE TABLE staff_member (
    subject       varchar(255)  PRIMARY KEY,
    clinic_id     varchar(64)   NOT NULL,
    email         varchar(320),
    display_name  varchar(200),
    therapist     boolean       NOT NULL,
    clinic_admin  boolean       NOT NULL,
    last_seen_at  timestamptz   NOT NULL
);
CREATE INDEX staff_member_admins_idx ON staff_member (clinic_id) WHERE clinic_admin;

-- Alerts leave through this outbox, written in the same transaction as the flag: delivered at least
-- once, one row per recipient and reason (dedup_key), retried with back-off while the mail server fails.
CREATE TABLE outbox_message (
    id               uuid          PRIMARY KEY,
    dedup_key        varchar(300)  NOT NULL,
    recipient        varchar(320)  NOT NULL,
    subject          varchar(300)  NOT NULL,
    body             text          NOT NULL,
    created_at       timestamptz   NOT NULL,
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL,
    sent_at          timestamptz,
    last_error       varchar(1000),
    CONSTRAINT outbox_message_dedup_key UNIQUE (dedup_key)
);
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE sent_at IS NULL;

-- The pain-monitoring rules read the patient's previous session on every log.
CREATE INDEX session_log_patient_idx ON session_log (patient_id, performed_at);
