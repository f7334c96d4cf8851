-- The bytes of documents when onboarding.documents.store is "database" (issue 12, docs/operations-storage.md):
-- uploads and the licence regions cut out for officers, under the storage name the document or inspection row
-- keeps. Written in the transaction of that row, so a rollback leaves nothing and a backup of the database holds
-- the documents. Empty with the file store. bytea is PostgreSQL's type and an alias of H2's binary varying.
create table document_content (
    storage_name  varchar(100) primary key,
    content       bytea not null,
    stored_at     timestamp with time zone not null
);
