-- How sure OCR was of the company name read on a business licence (issue 10): a different name goes back to the
-- merchant only when the reading is sure; a doubtful one goes to an officer. Null for earlier inspections.
alter table document_inspection add column licence_name_confidence integer;
