-- The leads' dashboard (docs/officer-guide.md, "For leads"): what its weekly figures read, indexed so that each
-- query stays under 200 ms on 100,000 applications (docs/performance.md). Portable between PostgreSQL and H2.

-- When the application was first submitted: submitted_at moves with every resubmission, and the submit-to-decision
-- time is counted from the first one. Filled for existing rows from their first SUBMITTED event.
alter table application add column first_submitted_at timestamp with time zone;
update application set first_submitted_at = (
    select min(e.occurred_at) from application_event e
    where e.application_id = application.id and e.status = 'SUBMITTED')
where submitted_at is not null;

-- Decisions by week: decision time and first-time-right read only these columns.
create index ix_application_decided on application (decided_at, decision_outcome, revision, first_submitted_at);

-- Statuses reached by week.
create index ix_application_event_occurred on application_event (occurred_at, status);

-- Reasons sent back by week: change requests by when they were recorded.
create index ix_finding_severity_created on finding (severity, created_at, code, source);
