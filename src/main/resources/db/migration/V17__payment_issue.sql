-- Customer payment problems (issue 14): a live merchant reports what a customer told them; the
-- payment-issue process checks it, asks for what is missing and support resolves it. Every case is
-- kept (the leads' dashboard counts them by kind and provider). Portable between PostgreSQL and H2.

create sequence payment_issue_reference_seq start with 1 increment by 1;

create table payment_issue (
    id                      uuid primary key,
    reference               varchar(20) not null,
    merchant_id             uuid not null references merchant (id),
    -- The merchant's live application: the wallet the payment went to.
    application_id          uuid not null references application (id),
    kind                    varchar(30) not null,
    provider                varchar(20) not null,
    occurred_at             timestamp with time zone not null,
    amount                  varchar(20) not null,
    currency                varchar(3) not null,
    payment_reference       varchar(64),
    description             varchar(2000),
    status                  varchar(30) not null,
    -- How often the automatic checks ran (a report checked again after the merchant supplied what was missing).
    check_round             integer not null default 0,
    -- The last checks' findings as JSON: [{"code", "requirement", "detail"}].
    findings_json           varchar(4000) not null default '[]',
    respond_by              timestamp with time zone,
    duplicate_of            uuid references payment_issue (id),
    provider_case_reference varchar(64),
    explanation             varchar(2000),
    resolved_by             varchar(64),
    resolved_at             timestamp with time zone,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint uk_payment_issue_reference unique (reference)
);
create index ix_payment_issue_merchant on payment_issue (merchant_id, created_at);
create index ix_payment_issue_payment on payment_issue (merchant_id, provider, payment_reference);
create index ix_payment_issue_created on payment_issue (created_at);

-- The history of a case: every status reached, by whom (MERCHANT, SYSTEM, SUPPORT), when.
create table payment_issue_event (
    id               uuid primary key,
    payment_issue_id uuid not null references payment_issue (id),
    status           varchar(30) not null,
    actor            varchar(10) not null,
    occurred_at      timestamp with time zone not null
);
create index ix_payment_issue_event_issue on payment_issue_event (payment_issue_id);

-- Evidence (a screenshot or a PDF): checked by the same upload checks as onboarding documents (type from
-- the bytes by Tika, size, pixel count, hidden content) and kept in the same document store.
create table payment_issue_evidence (
    id                  uuid primary key,
    payment_issue_id    uuid not null references payment_issue (id),
    filename            varchar(255) not null,
    size_bytes          bigint not null,
    detected_media_type varchar(100) not null,
    sha256              varchar(64) not null,
    storage_name        varchar(100) not null,
    uploaded_at         timestamp with time zone not null
);
create index ix_payment_issue_evidence_issue on payment_issue_evidence (payment_issue_id);
