-- Which rule set decided, from when, on whose word: every activation of a rule-set version (at start, by the
-- system; on an analyst's reload, by that analyst), and the files of each version, so a decision recorded with
-- a version years ago can still be replayed. Portable between PostgreSQL and H2.

create table rule_set_activation (
    id                  uuid primary key,
    version_id          varchar(100)  not null,
    label               varchar(100)  not null,
    content_hash        varchar(64)   not null,
    source              varchar(1000) not null,
    activated_by        varchar(255)  not null,
    activated_at        timestamp with time zone not null,
    previous_version_id varchar(100)
);
create index ix_rule_set_activation_at on rule_set_activation (activated_at);

-- The rule files of a version (scenarios excluded): a ZIP archive, Base64-encoded to stay portable.
create table rule_set_snapshot (
    version_id    varchar(100) primary key,
    content_hash  varchar(64)  not null,
    files_zip     varchar      not null,
    stored_at     timestamp with time zone not null
);
