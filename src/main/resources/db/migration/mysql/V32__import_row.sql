-- The rows of a ledger file while it is imported (SPEC §7: a file is a set). The import
-- first stages every row here, then decides reference by reference and reversal by
-- reversal with ordered reads of this table, so that the order of the file does not
-- matter and a file of any size is imported in bounded memory. A run's rows are deleted
-- when it ends; a failed run keeps them for its restart. run_id is the job instance.
CREATE TABLE import_row (
	run_id            BIGINT        NOT NULL,
	line              BIGINT        NOT NULL,
	reference         VARCHAR(160)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	household_code    VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	entry_type        VARCHAR(16),
	fee_item          VARCHAR(64),
	period            CHAR(7),
	amount            DECIMAL(14,2),
	effective_date    DATE,
	recorded_at       DATETIME,
	recorded_at_given BOOLEAN,
	reverses          VARCHAR(160)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	-- the line as it stood, at most its first 4,000 characters, and its full length
	line_text         TEXT          NOT NULL,
	line_length       INT           NOT NULL,
	-- I imported, U unchanged, X rejected, P pending reversal, T twin of one; NULL undecided
	verdict           CHAR(1),
	reason            VARCHAR(500),
	PRIMARY KEY (run_id, line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX import_row_reference_idx ON import_row (run_id, reference, line);
CREATE INDEX import_row_reverses_idx ON import_row (run_id, reverses);
