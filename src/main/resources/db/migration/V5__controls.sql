-- Controls (docs/security.md). Portable between PostgreSQL and H2.

-- Every officer decision with who made it: four eyes reads the first reviewer from here, never from a
-- process variable.
create table review_decision (
    id                   uuid primary key,
    application_id       uuid not null references application (id),
    revision             integer not null,
    task_definition_key  varchar(100) not null,
    task_id              varchar(64),
    decision             varchar(30) not null,
    reviewer             varchar(255),
    decided_at           timestamp with time zone not null
);
create index ix_review_decision_application on review_decision (application_id, revision);

-- A request with an Idempotency-Key is claimed before it runs (response_status 0, no body), so concurrent
-- repeats wait for its answer instead of running too.
alter table idempotency_record alter column response_body drop not null;

-- Failed logins by account, by client address and by both: the back-off every node sees.
create table login_throttle (
    throttle_key     varchar(400) primary key,
    failures         integer not null,
    last_failure_at  timestamp with time zone not null,
    blocked_until    timestamp with time zone
);
