-- Login throttling (docs/security.md). Portable between PostgreSQL and H2.

-- Bucket4j's token buckets of failed authentications (API keys by client address and by key prefix, the
-- "repeated failures" count and the once-a-day mail of each merchant): the serialized bucket, and when it is full
-- again and may be dropped (epoch milliseconds). Every node reads and writes the same rows (select ... for update).
create table auth_failure_bucket (
    id          varchar(400) primary key,
    state       bytea,
    expires_at  bigint
);
create index ix_auth_failure_bucket_expires on auth_failure_bucket (expires_at);

-- Mails about an account's security (repeated failed logins) belong to a merchant, not to an application.
alter table notification_event alter column application_id drop not null;
alter table notification_event alter column reference drop not null;

-- Wrong API keys are told to the merchant whose key starts the same (security/ApiKeyAuthenticationFilter).
create index ix_api_key_prefix on api_key (key_prefix);
