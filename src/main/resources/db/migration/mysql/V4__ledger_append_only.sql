-- The ledger is append-only (SPEC §1): a correction is a new entry, never an UPDATE or DELETE.
-- The application never changes a row; these triggers make the database refuse it too, whoever
-- asks. (TRUNCATE, a DDL statement, is not a row change and stays possible for a DBA.)
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only: post a REVERSAL or a new entry instead of UPDATE';

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only: post a REVERSAL instead of DELETE';
