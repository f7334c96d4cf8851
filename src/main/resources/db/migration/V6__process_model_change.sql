-- Every version of the process model deployed through the analysts' path or at start: who, when, which
-- version tag and content, what changed and what became of the running applications (docs/analyst-guide.md).
create table process_model_change (
    id                      uuid primary key,
    deployed_at             timestamp with time zone not null,
    deployed_by             varchar(255) not null,
    version_tag             varchar(100) not null,
    process_definition_id   varchar(64) not null,
    content_hash            varchar(64) not null,
    added                   varchar(4000),
    removed                 varchar(4000),
    changed                 varchar(4000),
    running_before          integer not null,
    migrated                integer not null,
    left_behind             integer not null,
    batch_ids               varchar(1000)
);
create index ix_process_model_change_definition on process_model_change (process_definition_id);
