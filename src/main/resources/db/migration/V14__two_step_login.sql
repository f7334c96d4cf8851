-- Two-step login (TOTP, RFC 6238) of merchants: docs/security.md, "Two-step login".
-- The secret must be readable to check codes, so it is kept as it is (base32): protect the database and its backups
-- accordingly. It is never logged, and shown only during enrolment.
create table merchant_two_step (
    merchant_id        uuid primary key references merchant (id) on delete cascade,
    -- The secret in use once enrolment is confirmed; null while only a pending secret exists.
    secret             varchar(64),
    enabled_at         timestamp with time zone,
    -- The secret shown on the enrolment page, until the merchant confirms it with a code.
    pending_secret     varchar(64),
    pending_since      timestamp with time zone,
    -- The last time step whose code was accepted: a code of that step or an earlier one is not accepted again.
    last_used_step     bigint
);

-- Ten one-time recovery codes per merchant, hashed like passwords; a used code keeps its row with used_at.
create table merchant_recovery_code (
    id           uuid primary key,
    merchant_id  uuid not null references merchant (id) on delete cascade,
    code_hash    varchar(100) not null,
    created_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
create index ix_merchant_recovery_code_merchant on merchant_recovery_code (merchant_id);
