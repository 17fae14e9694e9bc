-- The ledger is append-only (SPEC §1): the embedded database refuses UPDATE and DELETE too.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
	CALL 'io.arrears.ledger.AppendOnly';

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
	CALL 'io.arrears.ledger.AppendOnly';
