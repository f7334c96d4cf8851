-- Everything inspection found in a document, for officers (docs/inspection.md): the sharpness index, the program
-- and date the metadata name, the text read (OCR of a business licence, or a PDF's text layer) and the values
-- taken from it. Observations stay in details_json.
alter table document_inspection add column sharpness double precision;
alter table document_inspection add column software varchar(200);
alter table document_inspection add column metadata_created varchar(200);
alter table document_inspection add column text_content varchar;
alter table document_inspection add column text_source varchar(10);
alter table document_inspection add column licence_registration_number varchar(18);
alter table document_inspection add column licence_number_as_read varchar(18);
alter table document_inspection add column licence_legal_name varchar(200);
alter table document_inspection add column duration_ms integer;
