-- A merchant's questions about requested changes and the officers' answers (docs/merchant-questions.md). A question
-- belongs to the revision whose changes were requested; it may name one requested item (requirement). task_id is the
-- Tasklist task that answers it (UserTask_AnswerQuestion). Officer identities (answered_by) never reach the merchant.
-- Portable between PostgreSQL and H2.

create table application_question (
    id            uuid primary key,
    application_id uuid not null references application (id),
    revision      integer not null,
    requirement   varchar(100),
    question      varchar(2000) not null,
    asked_at      timestamp with time zone not null,
    state         varchar(20) not null,
    task_id       varchar(64),
    answer        varchar(4000),
    answered_by   varchar(255),
    answered_at   timestamp with time zone,
    closed_at     timestamp with time zone,
    version       bigint not null default 0
);
create index ix_application_question_application on application_question (application_id, asked_at);
create index ix_application_question_task on application_question (task_id);
