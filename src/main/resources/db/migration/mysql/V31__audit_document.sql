-- Corrected documents (SPEC §6): a non-dry re-run of the bulletin or the month-end issues the
-- corrected bulletin, open letter or aging report of a date as a new document beside the one
-- that was posted, which stays as it was. The latest row of a (job, date, estate, kind) is what a
-- following restatement compares with.
CREATE TABLE audit_document (
	run_id           BIGINT       NOT NULL,
	job_name         VARCHAR(64)  NOT NULL,
	as_of            DATE         NOT NULL,
	estate_code      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	kind             VARCHAR(16)  NOT NULL,
	recorded_at      DATETIME     NOT NULL,
	-- null when the re-run withdraws a document that should not have been posted
	fingerprint      CHAR(64),
	file_path        VARCHAR(500),
	-- what the corrected document states, a line per subject: "subject<TAB>value"
	content          MEDIUMTEXT   NOT NULL,
	PRIMARY KEY (job_name, as_of, estate_code, kind, run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
