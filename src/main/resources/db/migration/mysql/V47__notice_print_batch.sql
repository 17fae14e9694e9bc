-- Where each notice is printed (SPEC §5, issue #13): the print batch file, relative to the
-- output folder, and the pages of that file it occupies (1-based, the cover sheet and any
-- duplex blank page included in the count). file_path keeps the notice's own PDF, written
-- only with arrears.documents.single-files: true.
ALTER TABLE notice ADD COLUMN print_batch VARCHAR(500);
ALTER TABLE notice ADD COLUMN first_page INT;
ALTER TABLE notice ADD COLUMN last_page INT;
