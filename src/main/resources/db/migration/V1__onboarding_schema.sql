-- Merchant onboarding schema. Portable between PostgreSQL and H2 (the embedded default).
-- Camunda keeps its own tables (ACT_*), created by the engine.

create table merchant (
    id             uuid primary key,
    email          varchar(254) not null,
    password_hash  varchar(100) not null,
    display_name   varchar(200) not null,
    locale         varchar(16)  not null,
    created_at     timestamp with time zone not null,
    constraint uk_merchant_email unique (email)
);

create table api_key (
    id           uuid primary key,
    merchant_id  uuid not null references merchant (id),
    key_hash     varchar(64) not null,
    key_prefix   varchar(16) not null,
    label        varchar(100),
    created_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    constraint uk_api_key_hash unique (key_hash)
);

create sequence application_reference_seq start with 1 increment by 1;

create table application (
    id                   uuid primary key,
    merchant_id          uuid not null references merchant (id),
    reference            varchar(20) not null,
    status               varchar(30) not null,
    revision             integer not null,
    data_json            varchar not null,
    created_at           timestamp with time zone not null,
    submitted_at         timestamp with time zone,
    updated_at           timestamp with time zone not null,
    respond_by           timestamp with time zone,
    officer_message      varchar(4000),
    decision_outcome     varchar(20),
    decided_at           timestamp with time zone,
    risk_level           varchar(10),
    deposit_amount_1     varchar(10),
    deposit_amount_2     varchar(10),
    verification_attempts integer not null default 0,
    wallet_status        varchar(20),
    wallet_qr_payload    varchar(500),
    wallet_link_base     varchar(500),
    wallet_activated_at  timestamp with time zone,
    version              bigint not null,
    constraint uk_application_reference unique (reference)
);
create index ix_application_merchant on application (merchant_id, updated_at);

create table application_event (
    id              uuid primary key,
    application_id  uuid not null references application (id),
    revision        integer not null,
    status          varchar(30) not null,
    actor           varchar(20) not null,
    occurred_at     timestamp with time zone not null
);
create index ix_application_event_app on application_event (application_id, occurred_at);

create table document (
    id                   uuid primary key,
    application_id       uuid not null references application (id),
    type                 varchar(30) not null,
    filename             varchar(255) not null,
    size_bytes           bigint not null,
    detected_media_type  varchar(100) not null,
    sha256               varchar(64) not null,
    storage_name         varchar(100) not null,
    uploaded_at          timestamp with time zone not null,
    removed_at           timestamp with time zone
);
create index ix_document_app on document (application_id);

-- An immutable snapshot of what was submitted: the data and the documents, per revision.
create table application_revision (
    id              uuid primary key,
    application_id  uuid not null references application (id),
    revision        integer not null,
    data_json       varchar not null,
    submitted_at    timestamp with time zone not null,
    constraint uk_revision unique (application_id, revision)
);

create table application_revision_document (
    revision_id  uuid not null references application_revision (id),
    document_id  uuid not null references document (id),
    primary key (revision_id, document_id)
);

-- Inspection of one uploaded document (documents are immutable, so one inspection each).
create table document_inspection (
    document_id     uuid primary key references document (id),
    status          varchar(10) not null,
    inspected_at    timestamp with time zone not null,
    media_type      varchar(100),
    width           integer,
    height          integer,
    page_count      integer,
    editing_software varchar(200),
    details_json    varchar
);

create table screening (
    id               uuid primary key,
    application_id   uuid not null references application (id),
    revision         integer not null,
    outcome          varchar(20) not null,
    risk_level       varchar(10) not null,
    risk_points      integer not null,
    rule_set_version varchar(100) not null,
    screened_at      timestamp with time zone not null
);
create index ix_screening_app on screening (application_id, revision);

create table finding (
    id               uuid primary key,
    application_id   uuid not null references application (id),
    revision         integer not null,
    source           varchar(20) not null,
    code             varchar(60) not null,
    requirement      varchar(120),
    severity         varchar(20) not null,
    rule_id          varchar(200),
    rule_set_version varchar(100),
    detail           varchar(2000),
    message          varchar(2000),
    document_id      uuid,
    created_at       timestamp with time zone not null
);
create index ix_finding_app on finding (application_id, revision);

create table idempotency_record (
    merchant_id     uuid not null,
    idem_key        varchar(200) not null,
    request_hash    varchar(64) not null,
    response_status integer not null,
    response_body   varchar not null,
    created_at      timestamp with time zone not null,
    primary key (merchant_id, idem_key)
);
