-- The credit code's and the company name's regions cut out of a business licence as OCR saw them (issue 10), so
-- that officers compare them with the declared values at a glance: storage names of small PNG files.
alter table document_inspection add column licence_code_image varchar(100);
alter table document_inspection add column licence_name_image varchar(100);
