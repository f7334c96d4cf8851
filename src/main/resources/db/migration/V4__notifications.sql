-- Notifications: the outbox of events (one row per status change, reminder or escalation), the
-- mails and webhook deliveries it leads to, and the merchants' webhook registrations.
-- Portable between PostgreSQL and H2. Rows are written in the transaction of the change they
-- report; a worker sends them after commit.

-- One row per thing that happened. dedup_key ("status:<application>:<STATUS>:<revision>",
-- "reminder:<application>:<revision>", "escalation:<task>") makes a replayed job or a second
-- node unable to write it twice; id is the event id merchants see on every webhook try.
create table notification_event (
    id              uuid primary key,
    dedup_key       varchar(200) not null,
    type            varchar(60) not null,
    application_id  uuid not null,
    merchant_id     uuid not null,
    reference       varchar(20) not null,
    status          varchar(30),
    revision        integer not null,
    occurred_at     timestamp with time zone not null,
    payload_json    varchar not null,
    constraint uk_notification_event_key unique (dedup_key)
);

create table webhook (
    id          uuid primary key,
    merchant_id uuid not null references merchant (id),
    url         varchar(2000) not null,
    secret      varchar(100) not null,
    created_at  timestamp with time zone not null,
    deleted_at  timestamp with time zone
);
create index ix_webhook_merchant on webhook (merchant_id);

-- Deliveries share their bookkeeping columns: state PENDING, DELIVERED or FAILED (gave up);
-- claimed_by/claimed_until is the lease a worker takes before sending, so two nodes never send
-- the same row at once.
create table mail_delivery (
    id               uuid primary key,
    event_id         uuid not null references notification_event (id),
    template         varchar(60) not null,
    recipient        varchar(254) not null,
    locale           varchar(16) not null,
    content_json     varchar not null,
    state            varchar(10) not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(100),
    claimed_until    timestamp with time zone,
    last_attempt_at  timestamp with time zone,
    last_error       varchar(500),
    delivered_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    constraint uk_mail_delivery unique (event_id, recipient)
);
create index ix_mail_delivery_due on mail_delivery (state, next_attempt_at);

create table webhook_delivery (
    id               uuid primary key,
    event_id         uuid not null references notification_event (id),
    webhook_id       uuid not null references webhook (id),
    state            varchar(10) not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(100),
    claimed_until    timestamp with time zone,
    last_attempt_at  timestamp with time zone,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    constraint uk_webhook_delivery unique (event_id, webhook_id)
);
create index ix_webhook_delivery_due on webhook_delivery (state, next_attempt_at);
create index ix_webhook_delivery_log on webhook_delivery (webhook_id, created_at);
