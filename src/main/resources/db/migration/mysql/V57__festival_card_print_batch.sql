-- Where each festival card is printed (issue #13), as for notices (V47): the print batch
-- file, relative to the output folder, and the pages of that file it occupies (1-based,
-- the cover sheet and any duplex blank page included in the count). file_path keeps the
-- card's own PDF, written only with arrears.documents.single-files: true.
ALTER TABLE festival_card ADD COLUMN print_batch VARCHAR(500);
ALTER TABLE festival_card ADD COLUMN first_page INT;
ALTER TABLE festival_card ADD COLUMN last_page INT;
ALTER TABLE festival_card MODIFY file_path VARCHAR(500) NULL;
