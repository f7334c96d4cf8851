-- Retention (docs/operations.md): when the personal data of an application was erased, five years (a setting) after
-- it reached a final status. The row stays, anonymised, for statistics. Portable between PostgreSQL and H2.
alter table application add column personal_data_erased_at timestamp with time zone;
create index ix_application_retention on application (status, updated_at);
