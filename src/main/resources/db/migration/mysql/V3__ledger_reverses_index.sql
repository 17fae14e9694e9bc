-- An import checks a chunk's reversals in one query: which of the entries they name are already
-- reversed (WHERE reverses IN (...)). Without an index that query reads the whole ledger per chunk.
CREATE INDEX ledger_reverses_idx ON ledger_entry (reverses);
