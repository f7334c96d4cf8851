-- The perceptual hash of an inspected picture (issue 13): a 64-bit difference hash of the decoded image (or of a PDF's
-- first page), so that the same picture re-encoded, resized or uploaded again is shown to officers as a near duplicate.
-- Both null for documents inspected before, for PDFs that were not rendered and for images too small or too large to decode.
alter table document_inspection add column perceptual_hash bigint;
-- The picture's mean grey in 32 x 32 cells: confirms a near hash (two licences of one template share their hash).
alter table document_inspection add column picture_grid bytea;
create index ix_document_sha256 on document (sha256);
